package dev.mpsh.traffic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as people type and read them: 200M, 1.5G, 64KiB; shown as 1.92 GB (powers of 1000). */
public final class ByteSize {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]i?)?[bB]?");

    private ByteSize() {
    }

    /** Parses a positive size: K, M, G, T are powers of 1000, KiB, MiB, GiB, TiB of 1024. */
    public static long parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad size '" + text + "': use e.g. 200M, 1.5G or 64KiB");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit.charAt(0)) + 1;
        double base = unit.endsWith("i") ? 1024 : 1000;
        double bytes = n * Math.pow(base, power);
        if (bytes < 1 || bytes > 1e15) {
            throw new IllegalArgumentException("size '" + text + "' is out of range: use 1 byte to 1P, e.g. 200M");
        }
        return Math.round(bytes);
    }

    /** 950 B, 12.3 kB, 1.92 GB: three significant figures. */
    public static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int i = -1;
        while (v >= 999.95 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return (v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v)) + " " + units[i];
    }

    /** 93.6 Mbit/s, 1.54 Gbit/s: a rate in bits per second, three significant figures. */
    public static String rate(double bitsPerSecond) {
        String[] units = {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"};
        double v = bitsPerSecond;
        int i = 0;
        while (v >= 999.95 && i < units.length - 1) {
            v /= 1000;
            i++;
        }
        return (v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v)) + " " + units[i];
    }
}
