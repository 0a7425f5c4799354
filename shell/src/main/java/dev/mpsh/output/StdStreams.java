package dev.mpsh.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's own stdout and stderr, as UTF-8 PrintStreams. A command whose context writes to
 * exactly these can let a child program inherit the terminal; any other stream (a recording's
 * tee, a replay's capture, the TUI's log) means the child's output must be copied into it.
 */
public final class StdStreams {
    public static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    public static final PrintStream ERR =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private StdStreams() {
    }

    /** True when out and err are the process's own: a child may write to them directly. */
    public static boolean direct(PrintStream out, PrintStream err) {
        return out == OUT && err == ERR;
    }
}
