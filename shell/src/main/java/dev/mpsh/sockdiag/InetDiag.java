package dev.mpsh.sockdiag;

import dev.mpsh.linux.LibC;
import dev.mpsh.linux.TcpInfo;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.NetlinkFormatException;
import dev.mpsh.netlink.NetlinkMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/** The inet_diag wire format (<linux/inet_diag.h>, <linux/sock_diag.h>): dump requests and replies. */
final class InetDiag {
    /** NETLINK_SOCK_DIAG, <linux/netlink.h>. */
    static final int NETLINK_SOCK_DIAG = 4;
    /** SOCK_DIAG_BY_FAMILY, <linux/sock_diag.h>: the request and every reply message. */
    static final int SOCK_DIAG_BY_FAMILY = 20;
    /** INET_DIAG_REQ_PROTOCOL: the protocol when it does not fit the u8 sdiag_protocol (MPTCP). */
    static final int INET_DIAG_REQ_PROTOCOL = 3;
    /** Reply attributes: INET_DIAG_INFO (tcp_info / mptcp_info), INET_DIAG_ULP_INFO (nested). */
    static final int INET_DIAG_INFO = 2;
    static final int INET_DIAG_ULP_INFO = 19;
    /** IPPROTO_TCP, <netinet/in.h>. */
    static final int IPPROTO_TCP = 6;
    /** sizeof(struct inet_diag_req_v2) and sizeof(struct inet_diag_msg). */
    static final int REQ_V2_SIZE = 56;
    static final int MSG_SIZE = 72;
    /**
     * TCP states asked for (a bit per state, <netinet/tcp.h>): every one but LISTEN (10), CLOSE
     * (7) and TIME-WAIT (6); time-wait and request sockets carry no subflow context.
     */
    static final int STATES = 0xfff & ~(1 << 10) & ~(1 << 7) & ~(1 << 6);

    private InetDiag() {
    }

    /** TCP_LISTEN as a state bit. */
    static final int LISTEN = 1 << SockId.TCP_LISTEN;

    /** A dump request for one address family and protocol, asking for INET_DIAG_INFO. */
    static byte[] request(int family, int protocol) {
        return request(family, protocol, STATES, 0, 1 << (INET_DIAG_INFO - 1));
    }

    /**
     * A dump request for the listening sockets of one address family and protocol on port,
     * with no extension. Asking for LISTEN alone makes the kernel walk its listening hash only,
     * not the established one (inet_diag_dump_icsk), which is sized by the host's memory
     * (262,144 buckets on 24 GiB) and walked whole by /proc/net/tcp, whatever the namespace.
     */
    static byte[] listeners(int family, int protocol, int port) {
        return request(family, protocol, LISTEN, port, 0);
    }

    private static byte[] request(int family, int protocol, int states, int sport, int ext) {
        ByteBuffer r = ByteBuffer.allocate(REQ_V2_SIZE).order(ByteOrder.nativeOrder());
        boolean wide = protocol > 0xff;
        r.put((byte) family).put((byte) (wide ? 0 : protocol)).put((byte) ext).put((byte) 0)
                .putInt(states);
        // inet_diag_sockid: source port first, network byte order
        r.order(ByteOrder.BIG_ENDIAN).putShort((short) sport);
        AttrWriter w = new AttrWriter().raw(r.array());
        if (wide) {
            w.u32(INET_DIAG_REQ_PROTOCOL, protocol);
        }
        return w.bytes();
    }

    /** The socket an inet_diag_msg describes; null for a message too short to be one. */
    static SockId id(NetlinkMessage m) {
        byte[] p = m.payload();
        if (m.type() != SOCK_DIAG_BY_FAMILY || p.length < MSG_SIZE) {
            return null;
        }
        int family = p[0] & 0xff;
        int len = family == LibC.AF_INET6 ? 16 : 4;
        ByteBuffer be = ByteBuffer.wrap(p).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer host = ByteBuffer.wrap(p).order(ByteOrder.nativeOrder());
        return new SockId(family, p[1] & 0xff,
                new InetSocketAddress(address(p, 8, len), Short.toUnsignedInt(be.getShort(4))),
                new InetSocketAddress(address(p, 24, len), Short.toUnsignedInt(be.getShort(6))),
                host.getInt(40), Integer.toUnsignedLong(host.getInt(68)));
    }

    /** An IPPROTO_MPTCP socket; null when the message is not one or has no mptcp_info. */
    static MptcpSock mptcp(NetlinkMessage m) {
        SockId id = id(m);
        if (id == null) {
            return null;
        }
        Attr info = Attr.find(attrs(m), INET_DIAG_INFO);
        if (info == null) {
            return null;
        }
        return new MptcpSock(id, MptcpInfo.parse(info.value(), 0, info.value().length));
    }

    /** A TCP socket; null when the message is not one. tcp_info may be missing (all zero). */
    static TcpSock tcp(NetlinkMessage m) {
        SockId id = id(m);
        if (id == null) {
            return null;
        }
        List<Attr> attrs = attrs(m);
        Attr info = Attr.find(attrs, INET_DIAG_INFO);
        TcpInfo tcp = info == null ? TcpInfo.parse(new byte[0], 0, 0) : TcpInfo.parse(info.value(), 0, info.value().length);
        Attr ulp = Attr.find(attrs, INET_DIAG_ULP_INFO);
        if (ulp == null) {
            return new TcpSock(id, tcp, null, null);
        }
        List<Attr> nested = ulp.nested();
        return new TcpSock(id, tcp, SubflowAttrs.ulpName(nested), SubflowAttrs.parse(nested));
    }

    private static List<Attr> attrs(NetlinkMessage m) {
        byte[] p = m.payload();
        return Attr.parse(p, MSG_SIZE, p.length - MSG_SIZE);
    }

    private static InetAddress address(byte[] p, int off, int len) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(p, off, off + len));
        } catch (UnknownHostException e) {
            throw new NetlinkFormatException("inet_diag address: " + e.getMessage());
        }
    }

}
