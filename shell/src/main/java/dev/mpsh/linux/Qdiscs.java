package dev.mpsh.linux;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The root qdisc of each interface of a namespace, read over rtnetlink (RTM_GETQDISC dump):
 * what {@code tc qdisc show} prints first. For tbf the rate, burst and queue limit are decoded.
 */
public final class Qdiscs {
    // <linux/rtnetlink.h>
    static final int RTM_NEWQDISC = 36;
    static final int RTM_GETQDISC = 38;
    static final int TCA_KIND = 1;
    static final int TCA_OPTIONS = 2;
    // <linux/pkt_sched.h>
    static final long TC_H_ROOT = 0xFFFFFFFFL;
    static final int TCA_TBF_PARMS = 1;
    static final int TCA_TBF_RATE64 = 4;
    /** sizeof(struct tcmsg). */
    static final int TCMSG_SIZE = 20;
    /** struct tc_tbf_qopt: rate (tc_ratespec, 12 bytes; rate u32 at 8), peakrate (12), limit u32 @24, buffer u32 @28, mtu u32 @32. */
    static final int TBF_RATE = 8;
    static final int TBF_LIMIT = 24;
    static final int TBF_BUFFER = 28;
    /** The kernel's psched tick: 64 ns (PSCHED_SHIFT 6, <net/pkt_sched.h>). */
    static final long PSCHED_TICK_NANOS = 64;

    /**
     * An interface's root qdisc. handle is 0 for the kernel's default one (noqueue,
     * pfifo_fast, ...). For tbf: rate in bytes per second, burst and limit in bytes; 0 for other kinds.
     */
    public record Qdisc(int ifindex, long handle, String kind, long rateBytes, long burstBytes, long limitBytes) {
        public boolean tbf() {
            return kind.equals("tbf");
        }
    }

    private Qdiscs() {
    }

    /** Every root qdisc in ns. */
    public static List<Qdisc> roots(NetNs ns) throws IOException {
        NetlinkSocket s = ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_ROUTE));
        try {
            return parse(s.request(RTM_GETQDISC, Netlink.NLM_F_DUMP, new AttrWriter().raw(new byte[TCMSG_SIZE]).bytes()));
        } finally {
            s.close();
        }
    }

    static List<Qdisc> parse(List<NetlinkMessage> replies) {
        List<Qdisc> out = new ArrayList<>();
        for (NetlinkMessage m : replies) {
            byte[] p = m.payload();
            if (m.type() != RTM_NEWQDISC || p.length < TCMSG_SIZE) {
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.nativeOrder());
            int ifindex = b.getInt(4);
            long handle = Integer.toUnsignedLong(b.getInt(8));
            long parent = Integer.toUnsignedLong(b.getInt(12));
            if (parent != TC_H_ROOT) {
                continue;
            }
            List<Attr> a = Attr.parse(p, TCMSG_SIZE, p.length - TCMSG_SIZE);
            Attr kind = Attr.find(a, TCA_KIND);
            String k = kind == null ? "?" : kind.string();
            long rate = 0;
            long burst = 0;
            long limit = 0;
            Attr opts = Attr.find(a, TCA_OPTIONS);
            if (k.equals("tbf") && opts != null) {
                List<Attr> o = opts.nested();
                Attr parms = Attr.find(o, TCA_TBF_PARMS);
                if (parms != null && parms.value().length >= TBF_BUFFER + 4) {
                    ByteBuffer q = ByteBuffer.wrap(parms.value()).order(ByteOrder.nativeOrder());
                    rate = Integer.toUnsignedLong(q.getInt(TBF_RATE));
                    limit = Integer.toUnsignedLong(q.getInt(TBF_LIMIT));
                    long bufferNanos = Integer.toUnsignedLong(q.getInt(TBF_BUFFER)) * PSCHED_TICK_NANOS;
                    Attr rate64 = Attr.find(o, TCA_TBF_RATE64);
                    if (rate64 != null) {
                        rate = rate64.u64();
                    }
                    burst = Math.round(rate * (bufferNanos / 1e9));
                }
            }
            out.add(new Qdisc(ifindex, handle, k, rate, burst, limit));
        }
        return List.copyOf(out);
    }
}
