package dev.mpsh.linux;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** The IPv4 unicast routes of a namespace, every table, read over rtnetlink (RTM_GETROUTE dump). */
public final class Routes {
    // <linux/rtnetlink.h>
    static final int RTM_NEWROUTE = 24;
    static final int RTM_GETROUTE = 26;
    static final int RTA_DST = 1;
    static final int RTA_OIF = 4;
    static final int RTA_GATEWAY = 5;
    static final int RTA_PRIORITY = 6;
    static final int RTA_PREFSRC = 7;
    static final int RTA_TABLE = 15;
    static final int RTN_UNICAST = 1;
    /** rtm_flags of a cached exception, not a route of a table. */
    static final int RTM_F_CLONED = 0x200;
    /** The main table; the local table (255) holds the namespace's own addresses. */
    public static final int RT_TABLE_MAIN = 254;
    static final int RT_TABLE_LOCAL = 255;
    /** RTPROT_KERNEL: made by the kernel for an address (comes back with the address or link). */
    public static final int RTPROT_KERNEL = 2;
    /** RTPROT_BOOT: what 'ip route add' uses unless told otherwise. */
    public static final int RTPROT_BOOT = 3;
    static final int RT_SCOPE_UNIVERSE = 0;
    /** sizeof(struct rtmsg). */
    static final int RTMSG_SIZE = 12;

    /**
     * One route. dst is "default" or ADDR/LEN; gateway and prefSrc may be null; metric 0 when
     * the kernel sent none.
     */
    public record Route(int table, String dst, String gateway, int oif, long metric, int protocol, int scope, String prefSrc) {
    }

    private Routes() {
    }

    /** Every IPv4 unicast route of ns outside the local table. */
    public static List<Route> list(NetNs ns) throws IOException {
        NetlinkSocket s = ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_ROUTE));
        try {
            byte[] rtmsg = new byte[RTMSG_SIZE];
            rtmsg[0] = (byte) LibC.AF_INET;
            return parse(s.request(RTM_GETROUTE, Netlink.NLM_F_DUMP, new AttrWriter().raw(rtmsg).bytes()));
        } finally {
            s.close();
        }
    }

    static List<Route> parse(List<NetlinkMessage> replies) {
        List<Route> out = new ArrayList<>();
        for (NetlinkMessage m : replies) {
            byte[] p = m.payload();
            if (m.type() != RTM_NEWROUTE || p.length < RTMSG_SIZE || p[0] != LibC.AF_INET || (p[7] & 0xff) != RTN_UNICAST) {
                continue;
            }
            // A dump without strict checking also lists the kernel's cached exceptions (a /32
            // learned from a PMTU or a redirect, 'ip route show cache'): not routes anyone made.
            int rtmFlags = java.nio.ByteBuffer.wrap(p, 8, 4).order(java.nio.ByteOrder.nativeOrder()).getInt();
            if ((rtmFlags & RTM_F_CLONED) != 0) {
                continue;
            }
            List<Attr> a = Attr.parse(p, RTMSG_SIZE, p.length - RTMSG_SIZE);
            Attr table = Attr.find(a, RTA_TABLE);
            int t = table != null ? (int) table.u32() : p[4] & 0xff;
            if (t == RT_TABLE_LOCAL) {
                continue;
            }
            Attr dst = Attr.find(a, RTA_DST);
            int len = p[1] & 0xff;
            String d = dst == null && len == 0 ? "default" : (dst == null ? "0.0.0.0" : SockAddr.ntop(dst.address())) + "/" + len;
            Attr gw = Attr.find(a, RTA_GATEWAY);
            Attr oif = Attr.find(a, RTA_OIF);
            Attr prio = Attr.find(a, RTA_PRIORITY);
            Attr src = Attr.find(a, RTA_PREFSRC);
            out.add(new Route(t, d, gw == null ? null : ntop(gw.address()), oif == null ? 0 : oif.s32(),
                    prio == null ? 0 : prio.u32(), p[5] & 0xff, p[6] & 0xff, src == null ? null : ntop(src.address())));
        }
        return List.copyOf(out);
    }

    private static String ntop(InetAddress a) {
        return SockAddr.ntop(a);
    }

    /**
     * The words of 'ip route add' that make r again through device dev, as a person would type
     * them: {@code ip route add default via 192.0.2.1 dev wan0 metric 100 table 101}.
     */
    public static List<String> addCommand(Route r, String dev) {
        List<String> w = new ArrayList<>(List.of("ip", "route", "add", r.dst()));
        if (r.gateway() != null) {
            w.addAll(List.of("via", r.gateway()));
        }
        w.addAll(List.of("dev", dev));
        if (r.protocol() != RTPROT_BOOT) {
            w.addAll(List.of("proto", String.valueOf(r.protocol())));
        }
        if (r.gateway() == null && r.scope() != RT_SCOPE_UNIVERSE) {
            w.addAll(List.of("scope", String.valueOf(r.scope())));
        }
        if (r.prefSrc() != null) {
            w.addAll(List.of("src", r.prefSrc()));
        }
        if (r.metric() != 0) {
            w.addAll(List.of("metric", String.valueOf(r.metric())));
        }
        if (r.table() != RT_TABLE_MAIN) {
            w.addAll(List.of("table", String.valueOf(r.table())));
        }
        return w;
    }
}
