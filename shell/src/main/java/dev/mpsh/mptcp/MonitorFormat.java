package dev.mpsh.mptcp;

import dev.mpsh.linux.SockAddr;
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
            sb.append(' ').append(key).append('=').append(SockAddr.ntop(a));
        }
    }
}
