package dev.mpsh.linux;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The nftables tables of a namespace, read over nfnetlink (NFT_MSG_GETTABLE dump), as 'nft list tables' lists them. */
public final class NftTables {
    /** NETLINK_NETFILTER, <linux/netlink.h>. */
    static final int NETLINK_NETFILTER = 12;
    // <linux/netfilter/nfnetlink.h>, <linux/netfilter/nf_tables.h>
    static final int NFNL_SUBSYS_NFTABLES = 10;
    static final int NFT_MSG_NEWTABLE = 0;
    static final int NFT_MSG_GETTABLE = 1;
    static final int NFTA_TABLE_NAME = 1;
    /** sizeof(struct nfgenmsg): family u8, version u8, res_id be16. */
    static final int NFGENMSG_SIZE = 4;
    // <linux/netfilter.h>
    static final int NFPROTO_INET = 1;
    static final int NFPROTO_IPV4 = 2;
    static final int NFPROTO_ARP = 3;
    static final int NFPROTO_NETDEV = 5;
    static final int NFPROTO_BRIDGE = 7;
    static final int NFPROTO_IPV6 = 10;

    /** A table: its family as nft names it (inet, ip, netdev, ...) and its name. */
    public record Table(String family, String name) {
    }

    private NftTables() {
    }

    /** Every table in ns, of every family. */
    public static List<Table> list(NetNs ns) throws IOException {
        NetlinkSocket s = ns.call(() -> NetlinkSocket.open(NETLINK_NETFILTER));
        try {
            int type = (NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_GETTABLE;
            return parse(s.request(type, dev.mpsh.netlink.Netlink.NLM_F_DUMP, new AttrWriter().raw(new byte[NFGENMSG_SIZE]).bytes()));
        } finally {
            s.close();
        }
    }

    static List<Table> parse(List<NetlinkMessage> replies) {
        List<Table> out = new ArrayList<>();
        for (NetlinkMessage m : replies) {
            byte[] p = m.payload();
            if (m.type() != ((NFNL_SUBSYS_NFTABLES << 8) | NFT_MSG_NEWTABLE) || p.length < NFGENMSG_SIZE) {
                continue;
            }
            Attr name = Attr.find(Attr.parse(p, NFGENMSG_SIZE, p.length - NFGENMSG_SIZE), NFTA_TABLE_NAME);
            if (name != null) {
                out.add(new Table(family(p[0] & 0xff), name.string()));
            }
        }
        return List.copyOf(out);
    }

    static String family(int f) {
        return switch (f) {
            case NFPROTO_INET -> "inet";
            case NFPROTO_IPV4 -> "ip";
            case NFPROTO_ARP -> "arp";
            case NFPROTO_NETDEV -> "netdev";
            case NFPROTO_BRIDGE -> "bridge";
            case NFPROTO_IPV6 -> "ip6";
            default -> "family" + f;
        };
    }
}
