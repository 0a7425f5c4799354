package dev.mpsh.command;

import java.io.IOException;

/** Where a command that talks to the user (the echo client) reads its lines from. */
@FunctionalInterface
public interface LineSource {
    /** The next line without its terminator, or {@code null} at end of input (Ctrl-D). */
    String readLine() throws IOException;
}
