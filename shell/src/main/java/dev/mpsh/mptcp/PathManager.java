package dev.mpsh.mptcp;

import dev.mpsh.linux.NetNs;
import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.Genl;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the in-kernel path manager of one namespace over generic netlink (family mptcp_pm,
 * resolved at run time): endpoints and limits, without running ip(8).
 */
public final class PathManager implements Closeable {
    /** MPTCP_PM_NAME and MPTCP_PM_VER, <linux/mptcp_pm.h>. */
    public static final String FAMILY = "mptcp_pm";
    public static final int VERSION = 1;
    /** MPTCP_PM_EV_GRP_NAME. */
    public static final String EVENTS_GROUP = "mptcp_pm_events";

    // enum mptcp_pm_command
    static final int CMD_GET_ADDR = 3;
    static final int CMD_GET_LIMITS = 6;
    // MPTCP_PM_ATTR_*
    static final int ATTR_ADDR = 1;
    static final int ATTR_RCV_ADD_ADDRS = 2;
    static final int ATTR_SUBFLOWS = 3;
    // MPTCP_PM_ADDR_ATTR_*
    static final int ADDR_ATTR_FAMILY = 1;
    static final int ADDR_ATTR_ID = 2;
    static final int ADDR_ATTR_ADDR4 = 3;
    static final int ADDR_ATTR_ADDR6 = 4;
    static final int ADDR_ATTR_PORT = 5;
    static final int ADDR_ATTR_FLAGS = 6;
    static final int ADDR_ATTR_IF_IDX = 7;

    private final NetlinkSocket sock;
    private final Genl.Family family;

    private PathManager(NetlinkSocket sock, Genl.Family family) {
        this.sock = sock;
        this.family = family;
    }

    /** Opens the path manager of ns (null: the calling thread's namespace). */
    public static PathManager open(NetNs ns) throws IOException {
        NetlinkSocket s = ns == null ? NetlinkSocket.open(Netlink.NETLINK_GENERIC)
                : ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_GENERIC));
        try {
            return new PathManager(s, Genl.resolve(s, FAMILY));
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    public Genl.Family family() {
        return family;
    }

    /** Every endpoint, ordered by id. */
    public List<Endpoint> endpoints() throws IOException {
        List<Endpoint> out = new ArrayList<>();
        for (NetlinkMessage m : sock.request(family.id(), Netlink.NLM_F_DUMP, Genl.payload(CMD_GET_ADDR, VERSION).bytes())) {
            Attr addr = Attr.find(Genl.attrs(m), ATTR_ADDR);
            if (addr != null) {
                out.add(endpoint(addr.nested()));
            }
        }
        out.sort(Comparator.comparingInt(Endpoint::id));
        return out;
    }

    /** Parses the nested MPTCP_PM_ATTR_ADDR of a GET_ADDR reply. */
    static Endpoint endpoint(List<Attr> a) {
        Attr v4 = Attr.find(a, ADDR_ATTR_ADDR4);
        Attr v6 = Attr.find(a, ADDR_ATTR_ADDR6);
        Attr id = Attr.find(a, ADDR_ATTR_ID);
        Attr port = Attr.find(a, ADDR_ATTR_PORT);
        Attr flags = Attr.find(a, ADDR_ATTR_FLAGS);
        Attr ifidx = Attr.find(a, ADDR_ATTR_IF_IDX);
        return new Endpoint(id == null ? 0 : id.u8(),
                v4 != null ? v4.address() : v6 != null ? v6.address() : null,
                port == null ? 0 : port.u16(), // host order: the kernel converts it
                flags == null ? 0 : (int) flags.u32(),
                ifidx == null ? 0 : ifidx.s32());
    }

    public Limits limits() throws IOException {
        List<NetlinkMessage> reply = sock.request(family.id(), 0, Genl.payload(CMD_GET_LIMITS, VERSION).bytes());
        if (reply.isEmpty()) {
            throw new IOException("the kernel sent no MPTCP limits");
        }
        List<Attr> a = Genl.attrs(reply.get(0));
        Attr subflows = Attr.find(a, ATTR_SUBFLOWS);
        Attr accepted = Attr.find(a, ATTR_RCV_ADD_ADDRS);
        return new Limits(subflows == null ? 0 : subflows.u32(), accepted == null ? 0 : accepted.u32());
    }

    @Override
    public void close() {
        sock.close();
    }
}
