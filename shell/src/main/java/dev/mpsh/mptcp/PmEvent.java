package dev.mpsh.mptcp;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.Genl;
import dev.mpsh.netlink.NetlinkMessage;
import java.net.InetAddress;
import java.util.List;

/**
 * One MPTCP path-manager event (generic netlink family mptcp_pm, group mptcp_pm_events).
 * type is the genlmsghdr cmd (enum mptcp_event_type); every attribute is null when the kernel
 * did not send it. Addresses are the v4 or v6 attribute, whichever came.
 *
 * @param token the connection token (host-order u32 on the wire)
 * @param flags bit0 DENY_JOIN_ID0 (the peer set the C flag), bit1 SERVER_SIDE (6.18+)
 * @param error the subflow's sk_err errno, e.g. 111 ECONNREFUSED
 */
public record PmEvent(
        int type, Long token, Integer family, Integer locId, Integer remId,
        InetAddress saddr, InetAddress daddr, Integer sport, Integer dport,
        Integer backup, Integer error, Integer flags, Long timeout, Integer ifindex,
        Long resetReason, Long resetFlags, Integer serverSide) {

    // enum mptcp_event_type, <linux/mptcp_pm.h>
    public static final int CREATED = 1;
    public static final int ESTABLISHED = 2;
    public static final int CLOSED = 3;
    public static final int ANNOUNCED = 6;
    public static final int REMOVED = 7;
    public static final int SUB_ESTABLISHED = 10;
    public static final int SUB_CLOSED = 11;
    public static final int SUB_PRIORITY = 13;
    public static final int LISTENER_CREATED = 15;
    public static final int LISTENER_CLOSED = 16;

    // enum mptcp_event_attr, <linux/mptcp_pm.h>
    static final int ATTR_TOKEN = 1;
    static final int ATTR_FAMILY = 2;
    static final int ATTR_LOC_ID = 3;
    static final int ATTR_REM_ID = 4;
    static final int ATTR_SADDR4 = 5;
    static final int ATTR_SADDR6 = 6;
    static final int ATTR_DADDR4 = 7;
    static final int ATTR_DADDR6 = 8;
    static final int ATTR_SPORT = 9;
    static final int ATTR_DPORT = 10;
    static final int ATTR_BACKUP = 11;
    static final int ATTR_ERROR = 12;
    static final int ATTR_FLAGS = 13;
    static final int ATTR_TIMEOUT = 14;
    static final int ATTR_IF_IDX = 15;
    static final int ATTR_RESET_REASON = 16;
    static final int ATTR_RESET_FLAGS = 17;
    static final int ATTR_SERVER_SIDE = 18;

    /** MPTCP_PM_EV_FLAG_DENY_JOIN_ID0. */
    public static final int FLAG_DENY_JOIN_ID0 = 0x1;
    /** MPTCP_PM_EV_FLAG_SERVER_SIDE (6.18). */
    public static final int FLAG_SERVER_SIDE = 0x2;

    /** The kernel's name of the event type, e.g. "SUB_ESTABLISHED", or "EVENT n". */
    public String typeName() {
        return switch (type) {
            case CREATED -> "CREATED";
            case ESTABLISHED -> "ESTABLISHED";
            case CLOSED -> "CLOSED";
            case ANNOUNCED -> "ANNOUNCED";
            case REMOVED -> "REMOVED";
            case SUB_ESTABLISHED -> "SUB_ESTABLISHED";
            case SUB_CLOSED -> "SUB_CLOSED";
            case SUB_PRIORITY -> "SUB_PRIORITY";
            case LISTENER_CREATED -> "LISTENER_CREATED";
            case LISTENER_CLOSED -> "LISTENER_CLOSED";
            default -> "EVENT " + type;
        };
    }

    /** Decodes an event message (the caller has checked its nlmsg_type is the mptcp_pm family). */
    public static PmEvent parse(NetlinkMessage m) {
        int type = Genl.cmd(m);
        List<Attr> attrs = Genl.attrs(m);
        InetAddress saddr = addr(attrs, ATTR_SADDR4, ATTR_SADDR6);
        InetAddress daddr = addr(attrs, ATTR_DADDR4, ATTR_DADDR6);
        return new PmEvent(type,
                u32(attrs, ATTR_TOKEN), u16(attrs, ATTR_FAMILY), u8(attrs, ATTR_LOC_ID), u8(attrs, ATTR_REM_ID),
                saddr, daddr, be16(attrs, ATTR_SPORT), be16(attrs, ATTR_DPORT),
                u8(attrs, ATTR_BACKUP), u8(attrs, ATTR_ERROR), u16(attrs, ATTR_FLAGS), u32(attrs, ATTR_TIMEOUT),
                s32(attrs, ATTR_IF_IDX), u32(attrs, ATTR_RESET_REASON), u32(attrs, ATTR_RESET_FLAGS),
                u8(attrs, ATTR_SERVER_SIDE));
    }

    private static InetAddress addr(List<Attr> attrs, int v4, int v6) {
        Attr a = Attr.find(attrs, v4);
        if (a == null) {
            a = Attr.find(attrs, v6);
        }
        return a == null ? null : a.address();
    }

    private static Integer u8(List<Attr> attrs, int kind) {
        Attr a = Attr.find(attrs, kind);
        return a == null ? null : a.u8();
    }

    private static Integer u16(List<Attr> attrs, int kind) {
        Attr a = Attr.find(attrs, kind);
        return a == null ? null : a.u16();
    }

    private static Integer be16(List<Attr> attrs, int kind) {
        Attr a = Attr.find(attrs, kind);
        return a == null ? null : a.u16be();
    }

    private static Long u32(List<Attr> attrs, int kind) {
        Attr a = Attr.find(attrs, kind);
        return a == null ? null : a.u32();
    }

    private static Integer s32(List<Attr> attrs, int kind) {
        Attr a = Attr.find(attrs, kind);
        return a == null ? null : a.s32();
    }
}
