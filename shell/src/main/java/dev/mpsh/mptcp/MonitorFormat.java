package dev.mpsh.mptcp;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The line `ip mptcp monitor` of iproute2 6.1 prints for an event (ip/ipmptcp.c @ v6.1.0):
 * the 6.1 name right-aligned in 14 columns, token=%08x, then each present field in a fixed
 * order. Event types 6.1 does not know (the 6.2+ listener events) print as "[UNKNOWN n]".
 */
public final class MonitorFormat {
    private MonitorFormat() {
    }

    /** The 6.1 name of an event type, or null when 6.1 does not know it. */
    public static String name61(int type) {
        return switch (type) {
            case PmEvent.CREATED -> "CREATED";
            case PmEvent.ESTABLISHED -> "ESTABLISHED";
            case PmEvent.CLOSED -> "CLOSED";
            case PmEvent.ANNOUNCED -> "ANNOUNCED";
            case PmEvent.REMOVED -> "REMOVED";
            case PmEvent.SUB_ESTABLISHED -> "SF_ESTABLISHED";
            case PmEvent.SUB_CLOSED -> "SF_CLOSED";
            case PmEvent.SUB_PRIORITY -> "SF_PRIO";
            default -> null;
        };
    }

    /** The line, without its newline. */
    public static String line(PmEvent e) {
        String name = name61(e.type());
        if (name == null) {
            return "[UNKNOWN " + e.type() + "]";
        }
        StringBuilder sb = new StringBuilder(160);
        sb.append(String.format("[%14s]", name));
        sb.append(String.format(" token=%08x", e.token() == null ? 0 : e.token()));
        if (e.remId() != null) {
            sb.append(" remid=").append(e.remId());
        }
        if (e.locId() != null) {
            sb.append(" locid=").append(e.locId());
        }
        addr(sb, "saddr4", e.saddr(), Inet4Address.class);
        addr(sb, "daddr4", e.daddr(), Inet4Address.class);
        addr(sb, "saddr6", e.saddr(), Inet6Address.class);
        addr(sb, "daddr6", e.daddr(), Inet6Address.class);
        if (e.sport() != null) {
            sb.append(" sport=").append(e.sport());
        }
        if (e.dport() != null) {
            sb.append(" dport=").append(e.dport());
        }
        if (e.backup() != null) {
            sb.append(" backup=").append(e.backup());
        }
        if (e.error() != null) {
            sb.append(" error=").append(e.error());
        }
        if (e.flags() != null) {
            sb.append(" flags=").append(Integer.toHexString(e.flags()));
        }
        if (e.timeout() != null) {
            sb.append(" timeout=").append(e.timeout());
        }
        if (e.ifindex() != null) {
            sb.append(" ifindex=").append(e.ifindex());
        }
        if (e.resetReason() != null) {
            sb.append(" reset_reason=").append(e.resetReason());
        }
        if (e.resetFlags() != null) {
            sb.append(" reset_flags=0x").append(Long.toHexString(e.resetFlags()));
        }
        return sb.toString();
    }

    private static void addr(StringBuilder sb, String key, InetAddress a, Class<? extends InetAddress> kind) {
        if (kind.isInstance(a)) {
            // inet_ntop form: IPv6 compressed (2001:db8::1), not Java's full form
            sb.append(' ').append(key).append('=').append(ntop(a));
        }
    }

    /** inet_ntop(3) text of an address: dotted quad, or RFC 5952 compressed IPv6. */
    public static String ntop(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // glibc prints v4-mapped (::ffff:a.b.c.d) and v4-compatible forms with a dotted tail
        boolean mapped = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        int words = mapped ? 6 : 8;
        for (int i = 0; i < words; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (mapped) {
            if (sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.').append(b[14] & 0xff).append('.').append(b[15] & 0xff);
        }
        return sb.toString();
    }
}
