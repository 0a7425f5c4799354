package dev.mpsh.record;

import java.util.Locale;

/**
 * When a recorded command ran, relative to its neighbours so that editing a transcript never
 * shifts other commands: {@code waited} is the pause before it was typed (since the previous command
 * ended), {@code took} how long it ran. Seconds with one decimal; negative means unknown.
 */
public record Timing(double waited, double took) {
    public static final Timing NONE = new Timing(-1, -1);

    public Timing {
        waited = round(waited);
        took = round(took);
    }

    public boolean known() {
        return waited >= 0 || took >= 0;
    }

    /** The trailer text, e.g. {@code wait=2.1s took=0.3s}; empty when unknown. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (waited >= 0) {
            sb.append("wait=").append(format(waited)).append('s');
        }
        if (took >= 0) {
            sb.append(sb.isEmpty() ? "" : " ").append("took=").append(format(took)).append('s');
        }
        return sb.toString();
    }

    private static double round(double seconds) {
        return seconds < 0 ? -1 : Math.round(seconds * 10) / 10.0;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
