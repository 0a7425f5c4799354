package dev.mpsh.flows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** How the tables word kernel numbers and quantities. */
public final class Words {
    /** The errnos a subflow ends with in practice (<asm-generic/errno.h>). */
    private static final Map<Integer, String> ERRNO = Map.of(
            101, "ENETUNREACH", 103, "ECONNABORTED", 104, "ECONNRESET", 110, "ETIMEDOUT",
            111, "ECONNREFUSED", 113, "EHOSTUNREACH", 32, "EPIPE");
    /** MPTCP_RST_* reasons, <linux/mptcp.h> / RFC 8684 §3.6. */
    private static final String[] RESET = {
        "unspecified", "MPTCP error", "lack of resources", "administratively prohibited",
        "too much outstanding data", "unacceptable performance", "middlebox interference"};

    private Words() {
    }

    static String errno(int e) {
        return ERRNO.getOrDefault(e, "errno " + e);
    }

    static String resetReason(long r) {
        return r >= 0 && r < RESET.length ? RESET[(int) r] : "reason " + r;
    }

    public static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        if (b < 1024 * 1024) {
            return String.format("%.1f KiB", b / 1024.0);
        }
        if (b < 1024L * 1024 * 1024) {
            return String.format("%.1f MiB", b / (1024.0 * 1024));
        }
        return String.format("%.1f GiB", b / (1024.0 * 1024 * 1024));
    }

    /** "12.5 KiB/s"; empty for null. */
    public static String rate(Double bytesPerSecond) {
        if (bytesPerSecond == null) {
            return "";
        }
        return bytes(Math.round(bytesPerSecond)) + "/s";
    }

    static String rtt(long micros) {
        return micros < 10_000 ? String.format("%.2f ms", micros / 1000.0) : (micros / 1000) + " ms";
    }

    /** "4s ago", "2m ago". */
    static String ago(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        return s < 120 ? s + "s ago" : (s / 60) + "m ago";
    }
}
