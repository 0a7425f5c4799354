package dev.mpsh.flows;

import dev.mpsh.linux.LibC;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel's list of a namespace's open MPTCP connections, as {@code ss -M} gets it: a
 * sock_diag dump (SOCK_DIAG_BY_FAMILY, IPPROTO_MPTCP given in INET_DIAG_REQ_PROTOCOL because
 * it does not fit the u8 sdiag_protocol) asking for INET_DIAG_INFO, which for MPTCP is a
 * struct mptcp_info (kernel net/mptcp/mptcp_diag.c). Used to repair a model after lost events.
 */
public final class KernelConnections {
    /** NETLINK_SOCK_DIAG, <linux/netlink.h>. */
    static final int NETLINK_SOCK_DIAG = 4;
    /** SOCK_DIAG_BY_FAMILY, <linux/sock_diag.h>. */
    static final int SOCK_DIAG_BY_FAMILY = 20;
    /** INET_DIAG_REQ_PROTOCOL, INET_DIAG_INFO, <linux/inet_diag.h>. */
    static final int INET_DIAG_REQ_PROTOCOL = 3;
    static final int INET_DIAG_INFO = 2;
    /** sizeof(struct inet_diag_req_v2) and sizeof(struct inet_diag_msg). */
    static final int REQ_V2_SIZE = 56;
    static final int MSG_SIZE = 72;
    /** TCP states (<netinet/tcp.h>): every one but LISTEN (10) and CLOSE (7). */
    static final int STATES = 0xfff & ~(1 << 10) & ~(1 << 7);
    /** offsetof(struct mptcp_info, mptcpi_subflows_total), 6.8+. */
    static final int SUBFLOWS_TOTAL = 80;

    private KernelConnections() {
    }

    /** The open MPTCP connections in ns (IPv4 and IPv6). */
    public static List<DiagConnection> list(NetNs ns) throws IOException {
        NetlinkSocket s = ns.call(() -> NetlinkSocket.open(NETLINK_SOCK_DIAG));
        try {
            List<DiagConnection> out = new ArrayList<>();
            for (int family : new int[] {LibC.AF_INET, LibC.AF_INET6}) {
                for (NetlinkMessage m : s.request(SOCK_DIAG_BY_FAMILY, Netlink.NLM_F_DUMP, request(family))) {
                    DiagConnection c = parse(m);
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
            return out;
        } finally {
            s.close();
        }
    }

    static byte[] request(int family) {
        ByteBuffer r = ByteBuffer.allocate(REQ_V2_SIZE).order(ByteOrder.nativeOrder());
        r.put((byte) family).put((byte) 0).put((byte) (1 << (INET_DIAG_INFO - 1))).put((byte) 0).putInt(STATES);
        return new AttrWriter().raw(r.array()).u32(INET_DIAG_REQ_PROTOCOL, MptcpSocket.IPPROTO_MPTCP).bytes();
    }

    /** One inet_diag_msg and its INET_DIAG_INFO (struct mptcp_info); null if not a connection. */
    static DiagConnection parse(NetlinkMessage m) throws IOException {
        byte[] p = m.payload();
        if (m.type() != SOCK_DIAG_BY_FAMILY || p.length < MSG_SIZE) {
            return null;
        }
        int family = p[0] & 0xff;
        int len = family == LibC.AF_INET6 ? 16 : 4;
        ByteBuffer be = ByteBuffer.wrap(p).order(ByteOrder.BIG_ENDIAN);
        Endpoint local = new Endpoint(InetAddress.getByAddress(Arrays.copyOfRange(p, 8, 8 + len)), Short.toUnsignedInt(be.getShort(4)));
        Endpoint remote = new Endpoint(InetAddress.getByAddress(Arrays.copyOfRange(p, 24, 24 + len)), Short.toUnsignedInt(be.getShort(6)));
        Attr info = Attr.find(Attr.parse(p, MSG_SIZE, p.length - MSG_SIZE), INET_DIAG_INFO);
        if (info == null) {
            return null;
        }
        byte[] v = info.value();
        MptcpInfo mi = MptcpInfo.parse(v, 0, v.length);
        int total = v.length > SUBFLOWS_TOTAL ? mi.subflowsTotal() : mi.subflows() + 1;
        return new DiagConnection(mi.token(), local, remote, total);
    }
}
