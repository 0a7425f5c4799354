package dev.mpsh.client;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: 3s, 500ms, 1.5s, 2m, or a bare number of seconds. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    private Durations() {
    }

    /** Parses a positive duration; the exception's message is the one-line error to show. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "': use e.g. 3s, 500ms or 2 (seconds)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = switch (unit) {
            case "ms" -> n;
            case "m" -> n * 60_000;
            default -> n * 1000;
        };
        if (ms < 1 || ms > 24 * 3600_000.0) {
            throw new IllegalArgumentException("duration '" + text + "' is out of range: use 1ms to 24h, e.g. 3s");
        }
        return Duration.ofMillis(Math.round(ms));
    }

    /** "3s" for whole seconds, else "500ms". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}
