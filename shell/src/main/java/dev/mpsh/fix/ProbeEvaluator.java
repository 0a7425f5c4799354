package dev.mpsh.fix;

import dev.mpsh.api.Probe;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.KeptNamespaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NftRules;
import dev.mpsh.linux.PolicyRules;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.mptcp.Limits;
import dev.mpsh.mptcp.PathManager;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Evaluates probes against the live kernel: sysctls through /proc/sys on a thread inside the
 * namespace, addresses and policy rules over rtnetlink, MPTCP endpoints and limits over generic
 * netlink, nftables rules over nfnetlink. Nothing
 * is parsed from command output and nothing is remembered between evaluators: each one reads
 * the state as it is now. Holds one entered thread per namespace until closed, or takes them
 * from a {@link KeptNamespaces} that outlives it.
 */
public final class ProbeEvaluator implements AutoCloseable {
    private final UnaryOperator<String> netnsName;
    private final Map<String, NetNs> entered = new HashMap<>();
    private final KeptNamespaces kept;

    /** @param netnsName the /run/netns name of a scenario namespace (the lab prefix added) */
    public ProbeEvaluator(UnaryOperator<String> netnsName) {
        this(netnsName, null);
    }

    /**
     * An evaluator that enters namespaces through kept, which keeps its threads past this
     * evaluator's close (null: enter each namespace afresh and leave it on close).
     */
    public ProbeEvaluator(UnaryOperator<String> netnsName, KeptNamespaces kept) {
        this.netnsName = netnsName;
        this.kept = kept;
    }

    /** The /run/netns name of a scenario namespace. */
    public String netnsName(String scenarioNs) {
        return netnsName.apply(scenarioNs);
    }

    /** Reads the kernel for one probe; an unreadable state is an IOException with a one-line message. */
    public ProbeResult evaluate(Probe p) throws IOException {
        NetNs ns = enter(p.namespace());
        if (p instanceof Probe.Sysctl s) {
            return sysctl(ns, s);
        }
        if (p instanceof Probe.Address a) {
            return address(ns, a);
        }
        if (p instanceof Probe.Endpoint e) {
            return endpoint(ns, e);
        }
        if (p instanceof Probe.Rule r) {
            return rule(ns, r);
        }
        if (p instanceof Probe.Nft n) {
            return nft(ns, n);
        }
        return limits(ns, (Probe.Limits) p);
    }

    /** All of them, in order. */
    public List<ProbeResult> evaluate(List<Probe> probes) throws IOException {
        List<ProbeResult> out = new ArrayList<>();
        for (Probe p : probes) {
            out.add(evaluate(p));
        }
        return out;
    }

    private static ProbeResult sysctl(NetNs ns, Probe.Sysctl s) throws IOException {
        String actual;
        try {
            actual = ns.sysctl(s.key());
        } catch (NoSuchFileException e) {
            // e.g. a per-interface key whose interface is gone: the setting is simply not there
            return new ProbeResult(s, false, false, "(no such sysctl)");
        }
        return new ProbeResult(s, actual.equals(s.value()), false, actual);
    }

    private static ProbeResult address(NetNs ns, Probe.Address a) throws IOException {
        List<String> onDevice = null;
        List<String> elsewhere = new ArrayList<>();
        for (Interfaces.Iface i : Interfaces.list(ns)) {
            if (i.name().equals(a.device())) {
                onDevice = i.addresses();
            } else if (i.addresses().contains(a.cidr())) {
                elsewhere.add(i.name());
            }
        }
        if (onDevice == null) {
            return new ProbeResult(a, false, false, "no device " + a.device());
        }
        boolean holds = onDevice.contains(a.cidr());
        String actual = holds ? a.cidr() + " on " + a.device()
                : !elsewhere.isEmpty() ? a.cidr() + " on " + String.join(", ", elsewhere) + ", not on " + a.device()
                : "not on " + a.device() + " (" + (onDevice.isEmpty() ? "no addresses" : String.join(" ", onDevice)) + ")";
        return new ProbeResult(a, holds, !holds && !elsewhere.isEmpty(), actual);
    }

    private static ProbeResult endpoint(NetNs ns, Probe.Endpoint e) throws IOException {
        List<Endpoint> all;
        try (PathManager pm = PathManager.open(ns)) {
            all = pm.endpoints();
        }
        Map<Integer, String> names = new HashMap<>();
        for (Interfaces.Iface i : Interfaces.list(ns)) {
            names.put(i.index(), i.name());
        }
        List<String> seen = new ArrayList<>();
        for (Endpoint ep : all) {
            if (!SockAddr.ntop(ep.address()).equals(e.address())) {
                continue;
            }
            String dev = ep.ifindex() == 0 ? null : names.getOrDefault(ep.ifindex(), "if" + ep.ifindex());
            boolean devOk = e.device() == null || e.device().equals(dev);
            boolean portOk = e.port() == 0 || e.port() == ep.port();
            boolean flagsOk = flagWords(ep).containsAll(e.flags());
            String shown = describe(ep, dev);
            if (devOk && portOk && flagsOk) {
                return new ProbeResult(e, true, false, shown);
            }
            seen.add(shown);
        }
        if (seen.isEmpty()) {
            return new ProbeResult(e, false, false, "no endpoint for " + e.address()
                    + (all.isEmpty() ? " (no endpoints)" : ""));
        }
        return new ProbeResult(e, false, true, String.join("; ", seen));
    }

    private static Set<String> flagWords(Endpoint ep) {
        Set<String> words = new TreeSet<>();
        ep.flagSet().forEach(f -> words.add(f.word()));
        return words;
    }

    /** As ip-mptcp(8) lists it: {@code endpoint 192.0.2.10 subflow fullmesh dev eth0}. */
    private static String describe(Endpoint ep, String dev) {
        Set<String> flags = flagWords(ep);
        return "endpoint " + SockAddr.ntop(ep.address())
                + (ep.port() == 0 ? "" : " port " + ep.port())
                + (flags.isEmpty() ? "" : " " + String.join(" ", flags))
                + (dev == null ? "" : " dev " + dev);
    }

    private static ProbeResult limits(NetNs ns, Probe.Limits l) throws IOException {
        Limits now;
        try (PathManager pm = PathManager.open(ns)) {
            now = pm.limits();
        }
        Map<String, Long> actual = Map.of("subflows", now.subflows(), "add_addr_accepted", now.addAddrAccepted());
        int met = 0;
        StringBuilder shown = new StringBuilder("limits");
        for (String k : Probe.Limits.KEYS) {
            if (l.atLeast().containsKey(k)) {
                shown.append(' ').append(k).append(' ').append(actual.get(k));
                if (actual.get(k) >= l.atLeast().get(k)) {
                    met++;
                }
            }
        }
        // No "partly" for limits: the kernel's defaults already meet some (subflows 2).
        return new ProbeResult(l, met == l.atLeast().size(), false, shown.toString());
    }

    private static ProbeResult rule(NetNs ns, Probe.Rule r) throws IOException {
        List<PolicyRules.Rule> all = PolicyRules.list(ns);
        List<String> sameSource = new ArrayList<>();
        for (PolicyRules.Rule rule : all) {
            if (rule.from().equals(r.from())) {
                if (rule.table() == r.table()) {
                    return new ProbeResult(r, true, false, rule.shown());
                }
                sameSource.add(rule.shown());
            }
        }
        if (!sameSource.isEmpty()) {
            return new ProbeResult(r, false, true, String.join("; ", sameSource));
        }
        // the three rules every namespace has say nothing; the others show what is there instead
        List<String> own = all.stream().filter(x -> !(x.from().equals("all") && List.of(253L, 254L, 255L).contains(x.table())))
                .map(PolicyRules.Rule::shown).toList();
        return new ProbeResult(r, false, false, "no rule from " + r.from()
                + (own.isEmpty() ? " (only the default rules)" : " (rules: " + String.join("; ", own) + ")"));
    }

    private static ProbeResult nft(NetNs ns, Probe.Nft n) throws IOException {
        List<Long> using = new ArrayList<>();
        for (NftRules.Rule rule : NftRules.list(ns, n.family(), n.table(), n.chain())) {
            if (rule.tcpOptions().contains(n.tcpOption())) {
                using.add(rule.handle());
            }
        }
        String where = n.family() + " " + n.table() + " " + n.chain();
        if (using.isEmpty()) {
            return new ProbeResult(n, true, false, "no rule in " + where + " touches it");
        }
        return new ProbeResult(n, false, false, using.size() + (using.size() == 1 ? " rule" : " rules") + " in " + where
                + " touch" + (using.size() == 1 ? "es" : "") + " it (handle "
                + String.join(", ", using.stream().map(String::valueOf).toList()) + ")");
    }

    private NetNs enter(String scenarioNs) throws IOException {
        if (kept != null) {
            return kept.enter(netnsName.apply(scenarioNs));
        }
        NetNs ns = entered.get(scenarioNs);
        if (ns == null) {
            ns = NetNs.open(netnsName.apply(scenarioNs));
            entered.put(scenarioNs, ns);
        }
        return ns;
    }

    @Override
    public void close() {
        entered.values().forEach(NetNs::close);
        entered.clear();
    }
}
