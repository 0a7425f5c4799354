package dev.mpsh.linux;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.NetlinkException;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of one nftables chain, read over nfnetlink (NFT_MSG_GETRULE dump), as far as mpsh
 * needs them: each rule's handle and the TCP options its expressions look at or change (an
 * {@code exthdr} expression on tcpopt: {@code tcp option mptcp ...}, {@code reset tcp option ...}).
 */
public final class NftRules {
    // <linux/netlink.h>
    static final int NETLINK_NETFILTER = 12;
    // <linux/netfilter/nfnetlink.h>
    static final int NFNL_SUBSYS_NFTABLES = 10;
    static final int NFNETLINK_V0 = 0;
    /** sizeof(struct nfgenmsg): family, version, res_id (big endian). */
    static final int NFGENMSG_SIZE = 4;
    // <linux/netfilter/nf_tables.h>
    static final int NFT_MSG_NEWRULE = 6;
    static final int NFT_MSG_GETRULE = 7;
    static final int NFTA_RULE_TABLE = 1;
    static final int NFTA_RULE_CHAIN = 2;
    static final int NFTA_RULE_HANDLE = 3;
    static final int NFTA_RULE_EXPRESSIONS = 4;
    static final int NFTA_LIST_ELEM = 1;
    static final int NFTA_EXPR_NAME = 1;
    static final int NFTA_EXPR_DATA = 2;
    static final int NFTA_EXTHDR_TYPE = 2;
    static final int NFTA_EXTHDR_OP = 6;
    static final int NFT_EXTHDR_OP_TCPOPT = 1;
    /** <linux/netfilter.h> NFPROTO_*, by the family names nft(8) uses. */
    static final Map<String, Integer> FAMILIES = Map.of("inet", 1, "ip", 2, "arp", 3, "netdev", 5, "bridge", 7, "ip6", 10);

    private NftRules() {
    }

    /** A rule: its handle and the TCP option kinds its expressions use. */
    public record Rule(long handle, List<Integer> tcpOptions) {
    }

    /** The rules of FAMILY TABLE CHAIN in ns; empty when the table or chain does not exist. */
    public static List<Rule> list(NetNs ns, String family, String table, String chain) throws IOException {
        Integer f = FAMILIES.get(family);
        if (f == null) {
            throw new IOException("unknown nftables family '" + family + "'");
        }
        byte[] nfgen = {(byte) (int) f, NFNETLINK_V0, 0, 0};
        byte[] req = new AttrWriter().raw(nfgen).string(NFTA_RULE_TABLE, table).string(NFTA_RULE_CHAIN, chain).bytes();
        try (NetlinkSocket s = ns.call(() -> NetlinkSocket.open(NETLINK_NETFILTER))) {
            return parse(s.request(NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_GETRULE, dev.mpsh.netlink.Netlink.NLM_F_DUMP, req));
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOENT) {
                return List.of(); // no such table or chain: it has no rules
            }
            throw new IOException("cannot read the nftables chain " + family + " " + table + " " + chain + ": " + e.getMessage());
        }
    }

    static List<Rule> parse(List<NetlinkMessage> replies) {
        List<Rule> out = new ArrayList<>();
        for (NetlinkMessage m : replies) {
            if (m.type() != (NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWRULE) || m.payload().length < NFGENMSG_SIZE) {
                continue;
            }
            byte[] p = m.payload();
            List<Attr> attrs = Attr.parse(p, NFGENMSG_SIZE, p.length - NFGENMSG_SIZE);
            Attr handle = Attr.find(attrs, NFTA_RULE_HANDLE);
            Attr exprs = Attr.find(attrs, NFTA_RULE_EXPRESSIONS);
            List<Integer> options = new ArrayList<>();
            for (Attr elem : exprs == null ? List.<Attr>of() : exprs.nested()) {
                if (elem.kind() != NFTA_LIST_ELEM) {
                    continue;
                }
                List<Attr> e = elem.nested();
                Attr name = Attr.find(e, NFTA_EXPR_NAME);
                Attr data = Attr.find(e, NFTA_EXPR_DATA);
                if (name == null || data == null || !name.string().equals("exthdr")) {
                    continue;
                }
                Attr type = Attr.find(data.nested(), NFTA_EXTHDR_TYPE);
                Attr op = Attr.find(data.nested(), NFTA_EXTHDR_OP);
                if (type != null && op != null && be32(op) == NFT_EXTHDR_OP_TCPOPT) {
                    options.add(type.u8());
                }
            }
            out.add(new Rule(handle == null ? 0 : be64(handle), List.copyOf(options)));
        }
        return out;
    }

    private static long be32(Attr a) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(a.value()).order(ByteOrder.BIG_ENDIAN).getInt(0));
    }

    private static long be64(Attr a) {
        return ByteBuffer.wrap(a.value()).order(ByteOrder.BIG_ENDIAN).getLong(0);
    }
}
