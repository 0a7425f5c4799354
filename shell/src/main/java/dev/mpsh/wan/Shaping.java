package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.linux.Qdiscs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shaping a WAN with tbf on both directions: the client's interface shapes what it sends, the
 * router's side of the link what it receives (each egress, so no ifb is needed; netem does not
 * exist on every kernel, tbf does).
 */
public final class Shaping {
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)(bit|kbit|mbit|gbit)", Pattern.CASE_INSENSITIVE);
    /** How long a packet may wait in the shaper's queue: the queue's size at the rate. */
    static final String LATENCY = "50ms";
    /** At least ten full-size frames of burst, so slow rates still send whole packets. */
    static final long MIN_BURST = 15_140;

    private Shaping() {
    }

    /** A rate as tc takes it (50mbit, 1.5gbit, 500kbit), in bits per second; the message says what to write. */
    public static long bits(String rate) {
        Matcher m = RATE.matcher(rate == null ? "" : rate.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad rate '" + rate + "': use e.g. 50mbit, 10mbit, 1gbit or 500kbit (bits per second, as tc writes them)");
        }
        double n = Double.parseDouble(m.group(1));
        double bits = n * switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "kbit" -> 1e3;
            case "mbit" -> 1e6;
            case "gbit" -> 1e9;
            default -> 1;
        };
        if (bits < 8_000 || bits > 100e9) {
            throw new IllegalArgumentException("rate '" + rate + "' is out of range: use 8kbit to 100gbit");
        }
        return Math.round(bits);
    }

    /** Burst: 10 ms at the rate, at least {@link #MIN_BURST} bytes. */
    static long burst(long bits) {
        return Math.max(MIN_BURST, bits / 8 / 100);
    }

    /** The two commands that shape the WAN to rate (as typed: 'tc qdisc replace dev wan0 root tbf rate 50mbit ...'). */
    static List<NsCommand> shape(WanLink l, String rate) {
        String r = rate.strip().toLowerCase(Locale.ROOT);
        String burst = String.valueOf(burst(bits(rate)));
        return List.of(
                Fact.cmd(l.wan().namespace(), "tc", "qdisc", "replace", "dev", l.wan().device(), "root", "tbf",
                        "rate", r, "burst", burst, "latency", LATENCY),
                Fact.cmd(l.wan().peerNamespace(), "tc", "qdisc", "replace", "dev", l.wan().peerDevice(), "root", "tbf",
                        "rate", r, "burst", burst, "latency", LATENCY));
    }

    /** The commands that remove the shaping where there is a tbf; none when the WAN is not shaped. */
    static List<NsCommand> clear(WanLink l, KernelView now) throws IOException {
        List<NsCommand> out = new ArrayList<>();
        if (now.rootQdisc(l.netns(), l.wan().device()).filter(Qdiscs.Qdisc::tbf).isPresent()) {
            out.add(Fact.cmd(l.wan().namespace(), "tc", "qdisc", "del", "dev", l.wan().device(), "root"));
        }
        if (now.rootQdisc(l.peerNetns(), l.wan().peerDevice()).filter(Qdiscs.Qdisc::tbf).isPresent()) {
            out.add(Fact.cmd(l.wan().peerNamespace(), "tc", "qdisc", "del", "dev", l.wan().peerDevice(), "root"));
        }
        return out;
    }

    /**
     * Why shaping dev would replace something that is not ours to replace: a root qdisc other than
     * the default or a tbf (someone's own htb, say). Null when it may go ahead.
     */
    static String foreign(String ns, String dev, Optional<Qdiscs.Qdisc> q) {
        if (q.isEmpty() || q.get().tbf() || q.get().handle() == 0) {
            return null;
        }
        return dev + " in " + ns + " has a " + q.get().kind() + " root qdisc; shaping would replace it: remove it first ('"
                + ns + " tc qdisc del dev " + dev + " root')";
    }

    /** "50 Mbit/s" for a tbf's rate in bytes per second. */
    public static String show(long rateBytes) {
        return dev.mpsh.traffic.ByteSize.rate(rateBytes * 8.0);
    }
}
