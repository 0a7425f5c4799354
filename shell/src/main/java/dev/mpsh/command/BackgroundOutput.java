package dev.mpsh.command;

/**
 * Where output that arrives on its own time goes (a monitor in the background, echo replies):
 * the REPL prints it above the prompt so the line being edited stays intact.
 */
@FunctionalInterface
public interface BackgroundOutput {

    /** Prints one or more whole lines; safe to call from any thread. */
    void println(String text);

    /** Until a front end installs its own: straight to standard output. */
    BackgroundOutput STDOUT = text -> {
        synchronized (System.out) {
            System.out.println(text);
            System.out.flush();
        }
    };
}
