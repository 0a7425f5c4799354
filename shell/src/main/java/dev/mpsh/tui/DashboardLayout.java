package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import java.util.Optional;

/**
 * Where each pane goes for a terminal size. Namespaces and fixes share the top third, the
 * subflow table takes most of the rest; at the bottom the walkthrough sits above the echo
 * console in the left column and the log takes the right one. Without a walkthrough, its pane
 * is just tall enough for the line that says how to start one; with one, it gets about two
 * thirds of the column and the echo console keeps at least one line of output and its input.
 * Below {@link #MIN_COLUMNS}×{@link #MIN_ROWS} there is no layout: the dashboard shows a message.
 */
public record DashboardLayout(Rect namespaces, Rect fixes, Rect flows, Rect walkthrough, Rect echo, Rect log) {
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;
    /** The echo console's least height: border, one line of output, the input line. */
    static final int MIN_ECHO_ROWS = 4;

    /** The layout without a walkthrough. */
    public static Optional<DashboardLayout> of(TerminalSize size) {
        return of(size, false);
    }

    /** @param lesson whether a walkthrough runs (its pane then takes most of the left column) */
    public static Optional<DashboardLayout> of(TerminalSize size, boolean lesson) {
        int w = size.getColumns();
        int h = size.getRows();
        if (w < MIN_COLUMNS || h < MIN_ROWS) {
            return Optional.empty();
        }
        int topH = h / 3;
        int flowH = (h - topH) * 45 / 100;
        int bottomY = topH + flowH;
        int bottomH = h - bottomY;
        int nsW = Math.max(18, w / 5);
        int echoW = w * 2 / 5;
        int idleH = 2 + TerminalTextUtils.getWordWrappedText(echoW - 2, WalkthroughPane.IDLE).size();
        int walkH = Math.min(bottomH - MIN_ECHO_ROWS, lesson ? Math.max(idleH, bottomH - bottomH / 3) : idleH);
        return Optional.of(new DashboardLayout(
                new Rect(0, 0, nsW, topH),
                new Rect(nsW, 0, w - nsW, topH),
                new Rect(0, topH, w, flowH),
                new Rect(0, bottomY, echoW, walkH),
                new Rect(0, bottomY + walkH, echoW, bottomH - walkH),
                new Rect(echoW, bottomY, w - echoW, bottomH)));
    }

    /** The one-line explanation shown instead of the panes on a terminal that is too small. */
    public static String tooSmall(TerminalSize size) {
        return "mpsh tui needs at least " + MIN_COLUMNS + "x" + MIN_ROWS + "; this terminal is "
                + size.getColumns() + "x" + size.getRows() + ". Enlarge it, or press q to go back to the shell.";
    }
}
