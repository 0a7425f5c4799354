package dev.mpsh.fix;

import dev.mpsh.api.Probe;

/** How probes read for people: the expected value and the command that shows it by hand. */
final class Probes {
    private Probes() {
    }

    static String expected(Probe p) {
        if (p instanceof Probe.Sysctl s) {
            return s.key() + " = " + s.value();
        }
        if (p instanceof Probe.Address a) {
            return a.cidr() + " on " + a.device();
        }
        if (p instanceof Probe.Endpoint e) {
            return "endpoint " + e.address()
                    + (e.port() == 0 ? "" : " port " + e.port())
                    + " " + String.join(" ", e.flags().stream().sorted().toList())
                    + (e.device() == null ? "" : " dev " + e.device());
        }
        if (p instanceof Probe.Rule r) {
            return "rule from " + r.from() + " table " + r.table();
        }
        if (p instanceof Probe.Nft n) {
            return "no rule on tcp option " + n.describe().substring(n.describe().lastIndexOf(' ') + 1)
                    + " in " + n.family() + " " + n.table() + " " + n.chain();
        }
        Probe.Limits l = (Probe.Limits) p;
        StringBuilder sb = new StringBuilder("limits");
        for (String k : Probe.Limits.KEYS) {
            if (l.atLeast().containsKey(k)) {
                sb.append(' ').append(k).append(" >= ").append(l.atLeast().get(k));
            }
        }
        return sb.toString();
    }

    /** e.g. {@code ip netns exec t1-server sysctl net.ipv4.ip_forward}. */
    static String command(Probe p, String netns) {
        if (p instanceof Probe.Sysctl s) {
            return "ip netns exec " + netns + " sysctl " + s.key();
        }
        if (p instanceof Probe.Address a) {
            return "ip -n " + netns + " addr show dev " + a.device();
        }
        if (p instanceof Probe.Endpoint) {
            return "ip -n " + netns + " mptcp endpoint show";
        }
        if (p instanceof Probe.Rule) {
            return "ip -n " + netns + " rule show";
        }
        if (p instanceof Probe.Nft n) {
            return "ip netns exec " + netns + " nft -a list chain " + n.family() + " " + n.table() + " " + n.chain();
        }
        return "ip -n " + netns + " mptcp limits show";
    }
}
