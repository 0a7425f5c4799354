package dev.mpsh.linux;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The IPv4 policy-routing rules of a namespace ({@code ip rule show}), read over rtnetlink (RTM_GETRULE dump). */
public final class PolicyRules {
    // <linux/rtnetlink.h>
    static final int RTM_NEWRULE = 32;
    static final int RTM_GETRULE = 34;
    // <linux/fib_rules.h>: struct fib_rule_hdr {family, dst_len, src_len, tos, table, res1, res2, action; u32 flags}
    static final int FIB_RULE_HDR_SIZE = 12;
    static final int FRA_SRC = 2;
    static final int FRA_PRIORITY = 6;
    static final int FRA_TABLE = 15;
    static final int FR_ACT_TO_TBL = 1;

    private PolicyRules() {
    }

    /**
     * One rule that looks up a table.
     *
     * @param from  the source prefix, e.g. 192.0.2.10/32, or "all"
     * @param table the table it looks up (main 254, local 255, default 253)
     */
    public record Rule(long priority, String from, long table) {
        /** As ip-rule(8) shows it, e.g. "from 192.0.2.10 lookup 102". */
        public String shown() {
            String t = table == 254 ? "main" : table == 255 ? "local" : table == 253 ? "default" : String.valueOf(table);
            return "from " + (from.endsWith("/32") ? from.substring(0, from.length() - 3) : from) + " lookup " + t;
        }
    }

    /** The IPv4 rules of ns that send traffic to a table, in priority order. */
    public static List<Rule> list(NetNs ns) throws IOException {
        try (NetlinkSocket s = ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_ROUTE))) {
            byte[] hdr = new byte[FIB_RULE_HDR_SIZE];
            hdr[0] = (byte) LibC.AF_INET;
            return parse(s.request(RTM_GETRULE, Netlink.NLM_F_DUMP, new AttrWriter().raw(hdr).bytes()));
        }
    }

    static List<Rule> parse(List<NetlinkMessage> replies) {
        List<Rule> out = new ArrayList<>();
        for (NetlinkMessage m : replies) {
            byte[] p = m.payload();
            if (m.type() != RTM_NEWRULE || p.length < FIB_RULE_HDR_SIZE || (p[7] & 0xff) != FR_ACT_TO_TBL) {
                continue;
            }
            int srcLen = p[2] & 0xff;
            List<Attr> a = Attr.parse(p, FIB_RULE_HDR_SIZE, p.length - FIB_RULE_HDR_SIZE);
            Attr src = Attr.find(a, FRA_SRC);
            Attr table = Attr.find(a, FRA_TABLE);
            Attr prio = Attr.find(a, FRA_PRIORITY);
            String from = src == null ? "all" : SockAddr.ntop(src.address()) + "/" + srcLen;
            out.add(new Rule(prio == null ? 0 : prio.u32(), from, table != null ? table.u32() : p[4] & 0xff));
        }
        out.sort(java.util.Comparator.comparingLong(Rule::priority));
        return out;
    }
}
