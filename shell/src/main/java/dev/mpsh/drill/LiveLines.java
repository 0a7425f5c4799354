package dev.mpsh.drill;

import java.io.PrintStream;

/**
 * What a drill says while it runs, on stderr (stdout keeps the report, so --json stays clean):
 * lines for the commands it runs, and on a terminal one progress line redrawn in place.
 */
final class LiveLines {
    private final PrintStream err;
    private final boolean terminal;
    private boolean progressShown;

    /** Says nothing: for a drill another command runs and reports on. */
    static LiveLines quiet() {
        return new LiveLines(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
    }

    LiveLines(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    synchronized void line(String s) {
        clearProgress();
        err.println(s);
        err.flush();
    }

    synchronized void progress(String s) {
        if (!terminal) {
            return;
        }
        err.print("\r\u001b[K" + s);
        err.flush();
        progressShown = true;
    }

    synchronized void clearProgress() {
        if (progressShown) {
            err.print("\r\u001b[K");
            err.flush();
            progressShown = false;
        }
    }
}
