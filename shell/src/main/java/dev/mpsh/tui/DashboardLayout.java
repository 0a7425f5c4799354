package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import java.util.Optional;

/**
 * Where each pane goes for a terminal size. Namespaces and fixes share the top third, the
 * subflow table takes most of the rest, the echo console and the log share the bottom. Below
 * {@link #MIN_COLUMNS}×{@link #MIN_ROWS} there is no layout: the dashboard shows a message.
 */
public record DashboardLayout(Rect namespaces, Rect fixes, Rect flows, Rect echo, Rect log) {
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;

    public static Optional<DashboardLayout> of(TerminalSize size) {
        int w = size.getColumns();
        int h = size.getRows();
        if (w < MIN_COLUMNS || h < MIN_ROWS) {
            return Optional.empty();
        }
        int topH = h / 3;
        int flowH = (h - topH) * 45 / 100;
        int bottomH = h - topH - flowH;
        int nsW = Math.max(18, w / 5);
        int echoW = w * 2 / 5;
        return Optional.of(new DashboardLayout(
                new Rect(0, 0, nsW, topH),
                new Rect(nsW, 0, w - nsW, topH),
                new Rect(0, topH, w, flowH),
                new Rect(0, topH + flowH, echoW, bottomH),
                new Rect(echoW, topH + flowH, w - echoW, bottomH)));
    }

    /** The one-line explanation shown instead of the panes on a terminal that is too small. */
    public static String tooSmall(TerminalSize size) {
        return "mpsh tui needs at least " + MIN_COLUMNS + "x" + MIN_ROWS + "; this terminal is "
                + size.getColumns() + "x" + size.getRows() + ". Enlarge it, or press q to go back to the shell.";
    }
}
