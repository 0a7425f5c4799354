package dev.mpsh.netlink;

/** Netlink constants from <linux/netlink.h>, and alignment. */
public final class Netlink {
    /** NETLINK_ROUTE: rtnetlink. */
    public static final int NETLINK_ROUTE = 0;
    /** NETLINK_GENERIC: generic netlink. */
    public static final int NETLINK_GENERIC = 16;

    public static final int NLMSG_NOOP = 1;
    public static final int NLMSG_ERROR = 2;
    public static final int NLMSG_DONE = 3;
    public static final int NLMSG_OVERRUN = 4;

    public static final int NLM_F_REQUEST = 0x1;
    public static final int NLM_F_MULTI = 0x2;
    public static final int NLM_F_ACK = 0x4;
    public static final int NLM_F_DUMP = 0x300;
    /** On NLMSG_ERROR: the original request was not copied back. */
    public static final int NLM_F_CAPPED = 0x100;
    /** On NLMSG_ERROR/DONE: extended-ack TLVs follow. */
    public static final int NLM_F_ACK_TLVS = 0x200;

    /** enum nlmsgerr_attrs. */
    public static final int NLMSGERR_ATTR_MSG = 1;
    public static final int NLMSGERR_ATTR_OFFS = 2;

    /** SOL_NETLINK and its options. */
    public static final int SOL_NETLINK = 270;
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    public static final int NETLINK_EXT_ACK = 11;

    /** NLMSG_ALIGNTO and NLA_ALIGNTO are both 4. */
    public static final int ALIGNTO = 4;

    private Netlink() {
    }

    public static int align(int len) {
        return (len + ALIGNTO - 1) & ~(ALIGNTO - 1);
    }
}
