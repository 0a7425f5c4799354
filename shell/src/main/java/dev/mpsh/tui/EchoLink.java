package dev.mpsh.tui;

import java.io.IOException;

/** The echo console's connection: one line out, the echoed line back. */
public interface EchoLink extends AutoCloseable {

    /** Where it connects, e.g. "192.0.2.1:80 from client", for the pane's title. */
    String target();

    /** Sends one line and returns the reply; connects first when not connected. */
    String send(String line) throws IOException;

    @Override
    void close();
}
