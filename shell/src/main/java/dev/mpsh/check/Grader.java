package dev.mpsh.check;

import dev.mpsh.api.Check;
import dev.mpsh.api.Criterion;
import dev.mpsh.api.TransferSpec;
import dev.mpsh.drill.DrillRun;
import dev.mpsh.traffic.ByteSize;
import dev.mpsh.fix.ProbeResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Grades connection attempts against a check's criteria. Each kind is one generic rule whose
 * parameters (address, port, backends, interfaces, counters) come from the scenario.
 */
public final class Grader {
    private final Check check;

    public Grader(Check check) {
        this.check = check;
    }

    /**
     * @param probeResults for each criterion of kind probes, its probes' results (by criterion id)
     */
    public List<Verdict> grade(List<Attempt> attempts, Map<String, List<ProbeResult>> probeResults) {
        return grade(attempts, probeResults, Map.of());
    }

    /**
     * @param counters for each criterion of kind counters, how its counters grew while the
     *                 connections ran (by criterion id)
     */
    public List<Verdict> grade(List<Attempt> attempts, Map<String, List<ProbeResult>> probeResults,
                               Map<String, List<CounterGrowth>> counters) {
        return grade(attempts, probeResults, counters, new Transfers(Map.of(), Map.of(), Map.of()));
    }

    /**
     * What the criteria that move data found, by criterion id: the bulk-share readings, the
     * drills' outcomes, and why one could not run (an error of its own, or a lab it could not use).
     */
    public record Transfers(Map<String, ShareReading> shares, Map<String, DrillRun.Outcome> drills, Map<String, String> errors) {
        public Transfers {
            shares = Map.copyOf(shares);
            drills = Map.copyOf(drills);
            errors = Map.copyOf(errors);
        }
    }

    public List<Verdict> grade(List<Attempt> attempts, Map<String, List<ProbeResult>> probeResults,
                               Map<String, List<CounterGrowth>> counters, Transfers transfers) {
        List<Verdict> out = new ArrayList<>();
        for (Criterion c : check.criteria()) {
            out.add(switch (c.kind()) {
                case "connect" -> connect(c, attempts);
                case "initial-subflow" -> initial(c, attempts);
                case "join-port" -> joinPort(c, attempts);
                case "join-interfaces" -> joinInterfaces(c, attempts);
                case "backends" -> backends(c, attempts);
                case "probes" -> probes(c, probeResults.getOrDefault(c.id(), List.of()));
                case "counters" -> counters(c, counters.getOrDefault(c.id(), List.of()));
                case "subflow-interfaces" -> subflowInterfaces(c, attempts);
                case "backup-interfaces" -> backupInterfaces(c, attempts);
                case "bulk-share" -> bulkShare(c, transfers.shares().get(c.id()), transfers.errors().get(c.id()));
                case "drill" -> drill(c, transfers.drills().get(c.id()), transfers.errors().get(c.id()));
                default -> new Verdict(c, false, "a criterion kind this mpsh knows", c.kind());
            });
        }
        return out;
    }

    private String target() {
        return check.address() + ":" + check.port();
    }

    private static List<Attempt> connected(List<Attempt> attempts) {
        return attempts.stream().filter(Attempt::connected).toList();
    }

    private Verdict connect(Criterion c, List<Attempt> attempts) {
        String expected = "every connection to " + target() + " uses MPTCP and echoes";
        long ok = attempts.stream().filter(Attempt::ok).count();
        String actual = ok + " of " + attempts.size() + " did";
        List<String> problems = new ArrayList<>();
        for (Attempt a : attempts) {
            if (!a.ok()) {
                problems.add("#" + a.number() + ": " + (!a.connected() ? a.error() : !a.mptcp() ? "fell back to plain TCP" : a.error()));
            }
        }
        if (!problems.isEmpty()) {
            actual += " (" + problems.stream().distinct().limit(3).collect(Collectors.joining("; ")) + ")";
        }
        return new Verdict(c, !attempts.isEmpty() && ok == attempts.size(), expected, actual);
    }

    private Verdict initial(Criterion c, List<Attempt> attempts) {
        String expected = "initial subflow to " + target();
        Set<String> seen = new TreeSet<>();
        for (Attempt a : connected(attempts)) {
            seen.add(a.initial() == null ? "(no CREATED event)" : a.initial());
        }
        boolean passed = !seen.isEmpty() && seen.equals(Set.of(target()));
        return new Verdict(c, passed, expected, seen.isEmpty() ? "no connection" : "initial subflow to " + String.join(", ", seen));
    }

    private Verdict joinPort(Criterion c, List<Attempt> attempts) {
        Set<Integer> ports = new TreeSet<>();
        check.backends().forEach(b -> ports.add(b.port()));
        String expected = "each connection: additional subflows, all to " + check.address() + " on one port of "
                + ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return perConnection(c, expected, attempts, a -> {
            Set<String> to = new LinkedHashSet<>();
            a.subflows().forEach(j -> to.add(j.to()));
            boolean ok = to.size() == 1 && a.subflows().stream().allMatch(
                    j -> j.daddr().equals(check.address()) && ports.contains(j.dport()));
            return new PerConnection(ok, to.isEmpty() ? "no additional subflow" : String.join(" + ", to));
        });
    }

    private Verdict joinInterfaces(Criterion c, List<Attempt> attempts) {
        Set<String> wanted = new TreeSet<>(c.args());
        String expected = "each connection: additional subflows from " + String.join(" and ", wanted);
        return perConnection(c, expected, attempts, a -> {
            Set<String> from = new TreeSet<>();
            a.subflows().forEach(j -> from.add(j.iface()));
            return new PerConnection(from.containsAll(wanted), from.isEmpty() ? "none" : "from " + String.join(" and ", from));
        });
    }

    /** Exactly one subflow from each named interface (the initial one counts), none from others. */
    private Verdict subflowInterfaces(Criterion c, List<Attempt> attempts) {
        List<String> wanted = c.args();
        String expected = "each connection: one subflow from each of " + String.join(" and ", wanted) + ", none from elsewhere";
        return perConnection(c, expected, attempts, a -> {
            Map<String, Integer> from = new LinkedHashMap<>();
            from.merge(a.localIface() == null ? "?" : a.localIface(), 1, Integer::sum);
            a.subflows().forEach(j -> from.merge(j.iface(), 1, Integer::sum));
            boolean ok = from.size() == wanted.size() && from.keySet().containsAll(wanted)
                    && from.values().stream().allMatch(n -> n == 1);
            List<String> shown = new ArrayList<>();
            from.forEach((i, n) -> shown.add(n == 1 ? i : n + "x " + i));
            return new PerConnection(ok, (a.mptcp() ? "" : "plain TCP, ") + "subflows from " + String.join(" + ", shown));
        });
    }

    /** The subflows from the named interfaces are backups, one each; no other subflow is. */
    private Verdict backupInterfaces(Criterion c, List<Attempt> attempts) {
        List<String> backups = c.args();
        String expected = "each connection: the subflow from " + String.join(" and ", backups) + " backup, the others regular";
        return perConnection(c, expected, attempts, a -> {
            List<String> shown = new ArrayList<>();
            boolean ok = true;
            // the initial subflow is regular unless an MP_PRIO changed it, which check's short connections never see
            String first = a.localIface() == null ? "?" : a.localIface();
            ok &= !backups.contains(first);
            shown.add(first + " regular");
            for (Attempt.Join j : a.subflows()) {
                ok &= j.backup() == backups.contains(j.iface());
                shown.add(j.iface() + (j.backup() ? " backup" : " regular"));
            }
            for (String b : backups) {
                if (a.subflows().stream().noneMatch(j -> j.iface().equals(b))) {
                    ok = false;
                    shown.add("no subflow from " + b);
                }
            }
            return new PerConnection(ok, String.join(", ", shown));
        });
    }

    /**
     * The subflows from the interface carried less than the share of the transfer's bytes, and
     * it had an established one (flagged backup, when asked); a share of nothing is no pass.
     */
    private Verdict bulkShare(Criterion c, ShareReading r, String error) {
        TransferSpec.BulkShare spec = TransferSpec.BulkShare.of(c.args());
        String iface = spec.iface();
        String expected = "a " + CheckCommand.seconds(spec.millis()) + " bulk transfer to " + target() + ": the subflows from "
                + iface + " carry < " + percent(spec.belowPercent()) + " of its bytes" + (spec.backup() ? " and are flagged backup" : "");
        if (r == null || r.error() != null) {
            return new Verdict(c, false, expected, r != null ? r.error() : error != null ? error : "not measured");
        }
        if (!r.mptcp()) {
            return new Verdict(c, false, expected, "plain TCP: the transfer had no subflow from " + iface);
        }
        long total = r.total();
        long mine = r.moved().getOrDefault(iface, 0L);
        List<Boolean> established = r.backups().getOrDefault(iface, List.of());
        double share = total == 0 ? 0 : 100.0 * mine / total;
        boolean backup = !established.isEmpty() && established.stream().allMatch(b -> b);
        boolean passed = total > 0 && !established.isEmpty() && share < spec.belowPercent() && (!spec.backup() || backup);
        List<String> per = new ArrayList<>();
        new java.util.TreeMap<>(r.moved()).forEach((i, n) -> per.add(i + " " + ByteSize.format(n)));
        String actual = iface + " carried " + String.format(Locale.ROOT, "%.1f%%", share) + " of " + ByteSize.format(total)
                + " (" + String.join(", ", per) + "); "
                + (established.isEmpty() ? "no established subflow from " + iface
                : iface + "'s subflow " + (backup ? "flagged backup" : established.contains(true) ? "partly backup" : "regular"));
        return new Verdict(c, passed, expected, actual);
    }

    private static String percent(double p) {
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }

    /** The drill's transfer survived the failure, every byte back. */
    private Verdict drill(Criterion c, DrillRun.Outcome o, String error) {
        TransferSpec.Drill spec = TransferSpec.Drill.of(c.args());
        String expected = "a " + CheckCommand.seconds(spec.lengthMillis()) + " bulk transfer to " + target() + " survives 'drill "
                + spec.kind() + " " + spec.wan() + "' at " + CheckCommand.seconds(spec.atMillis())
                + ": another WAN carries the traffic, 0 bytes lost";
        if (o == null) {
            return new Verdict(c, false, expected, error != null ? error : "not run");
        }
        return new Verdict(c, o.survived() && o.lost() == 0, expected, o.verdict());
    }

    /** None of the counters grew; counters this kernel lacks are named, and all missing is a failure. */
    private static Verdict counters(Criterion c, List<CounterGrowth> growth) {
        String expected = "no growth of " + growth.stream().map(g -> g.namespace() + " " + g.key()).collect(Collectors.joining(", "));
        List<String> grew = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CounterGrowth g : growth) {
            if (!g.exists()) {
                missing.add(g.key());
            } else if (g.grew() != 0) {
                grew.add(g.namespace() + " " + g.key() + " +" + g.grew() + " (" + g.before() + " -> " + g.after() + ")");
            }
        }
        boolean any = growth.stream().anyMatch(CounterGrowth::exists);
        String actual = !any ? "none of these counters exists in this kernel"
                : grew.isEmpty() ? "none grew" : String.join(", ", grew);
        if (any && !missing.isEmpty()) {
            actual += " (not in this kernel: " + String.join(", ", missing) + ")";
        }
        return new Verdict(c, any && grew.isEmpty(), expected, actual);
    }

    /** One connection's result for a per-connection criterion, and how it is shown. */
    private record PerConnection(boolean ok, String shown) {
    }

    /** A criterion every connection must meet: passed when all do, with each one's result listed. */
    private Verdict perConnection(Criterion c, String expected, List<Attempt> attempts,
            java.util.function.Function<Attempt, PerConnection> judge) {
        List<Attempt> conns = connected(attempts);
        if (conns.isEmpty()) {
            return new Verdict(c, false, expected, "no connection");
        }
        boolean passed = true;
        List<String> per = new ArrayList<>();
        for (Attempt a : conns) {
            PerConnection r = judge.apply(a);
            passed &= r.ok();
            per.add("#" + a.number() + ": " + r.shown());
        }
        return new Verdict(c, passed, expected, summarize(per));
    }

    private Verdict backends(Criterion c, List<Attempt> attempts) {
        String expected = check.backends().stream().map(b -> b.server() + " reached, subflows to port " + b.port())
                .collect(Collectors.joining("; "));
        boolean passed = true;
        List<String> per = new ArrayList<>();
        for (Check.Backend b : check.backends()) {
            List<Attempt> held = attempts.stream().filter(a -> b.server().equals(a.backend())).toList();
            if (held.isEmpty()) {
                passed = false;
                per.add(b.server() + " not reached");
                continue;
            }
            Set<Integer> used = new TreeSet<>();
            held.forEach(a -> a.subflows().forEach(j -> used.add(j.dport())));
            boolean own = !used.isEmpty() && used.equals(Set.of(b.port()));
            passed &= own;
            per.add(b.server() + " reached " + held.size() + "x, subflows to "
                    + (used.isEmpty() ? "no port (none)" : "port " + used.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return new Verdict(c, passed, expected, String.join("; ", per));
    }

    private static Verdict probes(Criterion c, List<ProbeResult> results) {
        String expected = results.stream().map(ProbeResult::expected).distinct().collect(Collectors.joining(", "));
        List<String> wrong = new ArrayList<>();
        for (ProbeResult r : results) {
            if (!r.holds()) {
                wrong.add("[" + r.probe().namespace() + "] " + r.expected().replaceFirst(" = .*", "") + " = " + r.actual());
            }
        }
        return new Verdict(c, !results.isEmpty() && wrong.isEmpty(), expected, wrong.isEmpty() ? "all hold" : String.join(", ", wrong));
    }

    /** Identical per-connection lines are counted, so 16 attempts stay one readable line. */
    private static String summarize(List<String> per) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String p : per) {
            counts.merge(p.substring(p.indexOf(": ") + 2), 1, Integer::sum);
        }
        if (per.size() == 1) {
            return counts.keySet().iterator().next();
        }
        if (counts.size() == 1) {
            return "all " + per.size() + " connections: " + counts.keySet().iterator().next();
        }
        return counts.entrySet().stream().map(e -> e.getValue() + "x " + e.getKey()).collect(Collectors.joining("; "));
    }
}
