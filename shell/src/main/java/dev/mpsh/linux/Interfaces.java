package dev.mpsh.linux;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interfaces and their IPv4/IPv6 addresses in a namespace, read over rtnetlink
 * (RTM_GETLINK / RTM_GETADDR dumps).
 */
public final class Interfaces {
    // <linux/rtnetlink.h>
    static final int RTM_NEWLINK = 16;
    static final int RTM_GETLINK = 18;
    static final int RTM_NEWADDR = 20;
    static final int RTM_GETADDR = 22;
    // <linux/if_link.h>
    static final int IFLA_IFNAME = 3;
    // <linux/if_addr.h>
    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;
    // <linux/if.h>
    static final int IFF_UP = 0x1;
    /** sizeof(struct ifinfomsg) and sizeof(struct ifaddrmsg). */
    static final int IFINFOMSG_SIZE = 16;
    static final int IFADDRMSG_SIZE = 8;

    private Interfaces() {
    }

    /** One interface: index, name, whether it is up, addresses as "192.0.2.11/24". */
    public record Iface(int index, String name, boolean up, List<String> addresses) {
    }

    /** Interfaces in /run/netns/NAME, ordered by index. */
    public static List<Iface> list(String netnsName) throws IOException {
        try (NetNs ns = NetNs.open(netnsName)) {
            return list(ns);
        }
    }

    /** Interfaces in ns (null: the calling thread's namespace), ordered by index. */
    public static List<Iface> list(NetNs ns) throws IOException {
        NetlinkSocket s = ns == null ? NetlinkSocket.open(Netlink.NETLINK_ROUTE)
                : ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_ROUTE));
        try {
            List<NetlinkMessage> links = s.request(RTM_GETLINK, Netlink.NLM_F_DUMP,
                    new AttrWriter().raw(new byte[IFINFOMSG_SIZE]).bytes());
            List<NetlinkMessage> addrs = s.request(RTM_GETADDR, Netlink.NLM_F_DUMP,
                    new AttrWriter().raw(new byte[IFADDRMSG_SIZE]).bytes());
            return build(links, addrs);
        } finally {
            s.close();
        }
    }

    /** Joins link and address dump replies into interfaces ordered by index. */
    static List<Iface> build(List<NetlinkMessage> links, List<NetlinkMessage> addrs) {
        Map<Integer, List<String>> byIndex = new LinkedHashMap<>();
        for (NetlinkMessage m : addrs) {
            if (m.type() != RTM_NEWADDR || m.payload().length < IFADDRMSG_SIZE) {
                continue;
            }
            byte[] p = m.payload();
            int prefix = p[1] & 0xff;
            int index = ByteBuffer.wrap(p).order(ByteOrder.nativeOrder()).getInt(4);
            List<Attr> a = Attr.parse(p, IFADDRMSG_SIZE, p.length - IFADDRMSG_SIZE);
            // IFA_LOCAL is the interface's own address; IFA_ADDRESS is the peer on point-to-point links
            Attr addr = Attr.find(a, IFA_LOCAL);
            if (addr == null) {
                addr = Attr.find(a, IFA_ADDRESS);
            }
            if (addr != null) {
                InetAddress ip = addr.address();
                byIndex.computeIfAbsent(index, i -> new ArrayList<>()).add(SockAddr.ntop(ip) + "/" + prefix);
            }
        }
        List<Iface> out = new ArrayList<>();
        for (NetlinkMessage m : links) {
            if (m.type() != RTM_NEWLINK || m.payload().length < IFINFOMSG_SIZE) {
                continue;
            }
            byte[] p = m.payload();
            ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.nativeOrder());
            int index = b.getInt(4);
            int flags = b.getInt(8);
            Attr name = Attr.find(Attr.parse(p, IFINFOMSG_SIZE, p.length - IFINFOMSG_SIZE), IFLA_IFNAME);
            out.add(new Iface(index, name == null ? "if" + index : name.string(), (flags & IFF_UP) != 0,
                    List.copyOf(byIndex.getOrDefault(index, List.of()))));
        }
        out.sort(java.util.Comparator.comparingInt(Iface::index));
        return List.copyOf(out);
    }
}
