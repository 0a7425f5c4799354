package dev.mpsh.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the two check criteria that move real data: {@code bulk-share} and {@code drill}.
 * The scenario parser validates them with these; the engine reads them the same way.
 */
public final class TransferSpec {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})?)%");
    /** The drill kinds, as the drill command takes them. */
    public static final List<String> DRILL_KINDS = List.of("wan-down", "blackhole", "backup");

    private TransferSpec() {
    }

    /**
     * {@code IFACE below P% [backup] [for DURATION]}: a bulk transfer of DURATION (default 2 s)
     * through the check's address, of whose bytes the subflows from IFACE carry less than P %
     * (and, with {@code backup}, are flagged backup in the kernel).
     */
    public record BulkShare(String iface, double belowPercent, boolean backup, long millis) {
        public static final long DEFAULT_MILLIS = 2000;
        static final String USAGE = "bulk-share needs 'IFACE below P% [backup] [for DURATION]', e.g. 'eth2 below 5% backup for 2s'";

        public static BulkShare of(List<String> w) {
            if (w.size() < 3 || !w.get(1).equals("below")) {
                throw new IllegalArgumentException(USAGE);
            }
            Matcher m = PERCENT.matcher(w.get(2));
            if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
                throw new IllegalArgumentException("share '" + w.get(2) + "' is not a percentage above 0 like 5% or 2.5%; " + USAGE);
            }
            boolean backup = false;
            long millis = DEFAULT_MILLIS;
            for (int i = 3; i < w.size(); i++) {
                if (w.get(i).equals("backup") && !backup) {
                    backup = true;
                } else if (w.get(i).equals("for") && i + 1 < w.size()) {
                    millis = duration(w.get(++i), 100, 60_000);
                } else {
                    throw new IllegalArgumentException("unexpected '" + w.get(i) + "'; " + USAGE);
                }
            }
            return new BulkShare(w.get(0), Double.parseDouble(m.group(1)), backup, millis);
        }
    }

    /**
     * {@code KIND WAN [at DURATION] [length DURATION]}: the drill KIND of WAN (a client interface
     * or its label) at DURATION (default 1 s) into a bulk transfer of length (default 3 s), which
     * must survive with every byte back.
     */
    public record Drill(String kind, String wan, long atMillis, long lengthMillis) {
        public static final long DEFAULT_AT_MILLIS = 1000;
        public static final long DEFAULT_LENGTH_MILLIS = 3000;
        static final String USAGE = "drill needs 'KIND WAN [at DURATION] [length DURATION]', KIND one of "
                + String.join(", ", DRILL_KINDS) + ", e.g. 'wan-down eth1 at 1s length 3s'";

        public static Drill of(List<String> w) {
            if (w.size() < 2 || w.size() % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!DRILL_KINDS.contains(w.get(0))) {
                throw new IllegalArgumentException("drill kind '" + w.get(0) + "' is unknown; " + USAGE);
            }
            long at = DEFAULT_AT_MILLIS;
            long length = DEFAULT_LENGTH_MILLIS;
            for (int i = 2; i < w.size(); i += 2) {
                switch (w.get(i)) {
                    case "at" -> at = duration(w.get(i + 1), 100, 60_000);
                    case "length" -> length = duration(w.get(i + 1), 200, 120_000);
                    default -> throw new IllegalArgumentException("unexpected '" + w.get(i) + "'; " + USAGE);
                }
            }
            if (length <= at) {
                throw new IllegalArgumentException("length " + length + "ms ends before the failure at " + at + "ms; make it longer");
            }
            return new Drill(w.get(0), w.get(1), at, length);
        }
    }

    private static long duration(String s, long min, long max) {
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a duration like 2s or 500ms");
        }
        long v = Long.parseLong(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1);
        if (v < min || v > max) {
            throw new IllegalArgumentException("duration '" + s + "' is outside " + min + "ms to " + max / 1000 + "s");
        }
        return v;
    }
}
