package dev.mpsh.diagnose;

import dev.mpsh.api.Check;
import dev.mpsh.api.Evidence;
import dev.mpsh.api.Scenario;
import dev.mpsh.check.Attempt;
import dev.mpsh.check.Prober;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandException;
import dev.mpsh.fix.FixCatalog;
import dev.mpsh.fix.FixState;
import dev.mpsh.fix.FixStatus;
import dev.mpsh.fix.LabFixes;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what is broken in a live lab: every fix whose probes do not hold, and, while a few
 * real connections are attempted, the scenario's live evidence for those fixes (captures,
 * counters), so each finding comes with something the trainee can watch by hand.
 */
public final class Diagnosis {
    /**
     * Enough attempts that each backend is picked by a load balancer's hash at least once but for a
     * chance of 1 in 256, bounded in time.
     */
    static final int ATTEMPTS = 8;
    static final long WITHIN_MILLIS = 8000;

    /** What was found: the broken fixes, the attempts, and the fixes that are fine. */
    public record Result(List<Finding> findings, List<Attempt> attempts, List<String> fine) {
    }

    private Diagnosis() {
    }

    public static Result run(Scenario sc, LabLayout layout, Cancellation cancellation) throws CommandException {
        FixCatalog catalog = new FixCatalog(sc);
        List<FixStatus> statuses = LabFixes.statuses(catalog, layout);
        Map<String, FixState> states = LabFixes.states(statuses);
        List<FixStatus> broken = statuses.stream().filter(s -> s.state() != FixState.APPLIED).toList();

        List<Capture> captures = new ArrayList<>();
        Map<Evidence, Object> collectors = new LinkedHashMap<>();
        Map<String, NetNs> entered = new HashMap<>();
        List<Attempt> attempts = List.of();
        try {
            for (FixStatus s : broken) {
                for (Evidence e : s.fix().evidence()) {
                    String netns = layout.netnsName(e.namespace());
                    if (e.kind().equals("capture")) {
                        Capture c = new Capture(e.namespace(), netns, e.args().get(0), e.args().get(1));
                        c.start();
                        captures.add(c);
                        collectors.put(e, c);
                    } else {
                        Counter c = new Counter(e.namespace(), netns, e.args().get(0));
                        c.start(enter(entered, netns));
                        collectors.put(e, c);
                    }
                }
            }
            Check check = sc.check();
            if (check != null) {
                attempts = new Prober(sc, check, layout, cancellation).run(ATTEMPTS, WITHIN_MILLIS);
            }
        } catch (IOException e) {
            throw new CommandException("cannot diagnose the lab: " + e.getMessage());
        } finally {
            captures.forEach(Capture::close);
        }
        try {
            List<Finding> findings = new ArrayList<>();
            for (FixStatus s : broken) {
                List<Observation> seen = new ArrayList<>();
                for (Evidence e : s.fix().evidence()) {
                    Object c = collectors.get(e);
                    seen.add(c instanceof Capture cap ? cap.observation()
                            : ((Counter) c).observation(entered.get(layout.netnsName(e.namespace()))));
                }
                List<String> blockedBy = s.fix().requires().stream().filter(r -> states.get(r) != FixState.APPLIED).toList();
                findings.add(new Finding(s, layout.netnsName(s.fix().namespace()), blockedBy, seen));
            }
            List<String> fine = statuses.stream().filter(s -> s.state() == FixState.APPLIED).map(s -> s.fix().id()).toList();
            return new Result(findings, attempts, fine);
        } finally {
            entered.values().forEach(NetNs::close);
        }
    }

    private static NetNs enter(Map<String, NetNs> entered, String netns) throws IOException {
        NetNs ns = entered.get(netns);
        if (ns == null) {
            ns = NetNs.open(netns);
            entered.put(netns, ns);
        }
        return ns;
    }

    /**
     * What is broken by the probes alone, with no connection attempts and no live evidence:
     * for commands that already saw the symptom themselves (a drill whose connection stalled).
     */
    public static Result probesOnly(Scenario sc, LabLayout layout) throws CommandException {
        List<FixStatus> statuses = LabFixes.statuses(new FixCatalog(sc), layout);
        Map<String, FixState> states = LabFixes.states(statuses);
        List<Finding> findings = new ArrayList<>();
        for (FixStatus s : statuses) {
            if (s.state() != FixState.APPLIED) {
                List<String> blockedBy = s.fix().requires().stream().filter(r -> states.get(r) != FixState.APPLIED).toList();
                findings.add(new Finding(s, layout.netnsName(s.fix().namespace()), blockedBy, List.of()));
            }
        }
        List<String> fine = statuses.stream().filter(s -> s.state() == FixState.APPLIED).map(s -> s.fix().id()).toList();
        return new Result(findings, List.of(), fine);
    }

    /** The fix ids of the findings, in order (what tests compare). */
    public static List<String> ids(Result r) {
        return r.findings().stream().map(f -> f.status().fix().id()).toList();
    }
}
