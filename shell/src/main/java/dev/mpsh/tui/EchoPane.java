package dev.mpsh.tui;

import java.util.function.Consumer;

/** The echo console: each line typed goes to the echo server; replies and errors show above. */
final class EchoPane extends ConsolePane {
    static final String TITLE = "Echo console";

    EchoPane(Consumer<String> send) {
        super(TITLE, "send> ", send);
    }
}
