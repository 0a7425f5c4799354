package dev.mpsh.tui;

import java.util.function.Consumer;

/**
 * The log: what commands print (the command line's, the fix toggles', namespace changes) and a
 * command line that runs any mpsh command through the shell's dispatcher.
 */
final class LogPane extends ConsolePane {
    static final String TITLE = "Log";
    static final String PROMPT = "mpsh> ";

    LogPane(Consumer<String> run) {
        super(TITLE, PROMPT, run);
    }
}
