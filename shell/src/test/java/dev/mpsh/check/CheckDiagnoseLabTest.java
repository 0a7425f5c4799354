package dev.mpsh.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Criterion;
import dev.mpsh.api.Scenario;
import dev.mpsh.output.Json;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's single-fault table on one shared lab per scenario (the handover's is DESIGN
 * §1.4, the fallback's its guide, docs/scenario-fallback.md): with every fix applied but one (or
 * a few), check fails exactly the expected criteria and diagnose names exactly the missing
 * fixes. Each row reverts its fixes, grades, and applies everything again.
 */
class CheckDiagnoseLabTest {
    private static final List<String> ALL = List.of("connect", "initial-subflow", "join-port", "join-interfaces", "backends");
    private static final List<String> FALLBACK_ALL = List.of("mptcp", "no-fallback", "subflow-per-wan", "cellular-backup",
            "cellular-share", "wifi-loss");
    private static final Map<String, LabShell> LABS = new java.util.LinkedHashMap<>();
    private static LabShell shell;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        shell = lab("handover");
    }

    /** The shared lab of a scenario, built on first use. */
    static synchronized LabShell lab(String scenario) {
        return LABS.computeIfAbsent(scenario, id -> {
            LabShell s = new LabShell(LabTests.uniqueLabName(), id);
            s.ok("lab up");
            return s;
        });
    }

    @AfterAll
    static void down() {
        LABS.values().forEach(s -> s.run("lab down"));
        LABS.clear();
    }

    private static Map<String, Object> json(String line, int status) {
        return json(shell, line, status);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(LabShell shell, String line, int status) {
        LabShell.Outcome o = shell.run(line + " --json");
        assertEquals(status, o.status(), line + ": " + o);
        return (Map<String, Object>) Json.read(o.out());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> failedCriteria(Map<String, Object> check) {
        Set<String> out = new TreeSet<>();
        for (Object c : (List<Object>) check.get("criteria")) {
            Map<String, Object> m = (Map<String, Object>) c;
            if (!(Boolean) m.get("passed")) {
                out.add((String) m.get("id"));
            }
            assertTrue(m.get("expected") instanceof String && m.get("actual") instanceof String, "expected vs actual: " + m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> broken(Map<String, Object> diagnose) {
        return (List<Map<String, Object>>) diagnose.get("broken");
    }

    /** scenario, left out (reverted with what requires it), failing criteria, fixes diagnose must name. */
    static Stream<Arguments> table() {
        return Stream.concat(handover().map(a -> Arguments.of(Stream.concat(Stream.of("handover"), Stream.of(a.get())).toArray())),
                fallback());
    }

    /** Measured on Linux 6.18; where the text disagreed, the guide says so. */
    static Stream<Arguments> fallback() {
        // no cellular subflow while Wi-Fi works: none to flag, none to share, none to take over
        Set<String> cellular = Set.of("subflow-per-wan", "cellular-backup", "cellular-share", "wifi-loss");
        return Stream.of(
                Arguments.of("fallback", List.of("fw-wifi-options"), Set.copyOf(FALLBACK_ALL), List.of("fw-wifi-options")),
                Arguments.of("fallback", List.of("client-cell-subflow"), cellular, List.of("client-cell-subflow", "client-cell-backup")),
                // once eth1 is down its routes are gone, so the join the Wi-Fi ISP dropped leaves through
                // eth2 at its next retransmission: the drill survives without the source rule
                Arguments.of("fallback", List.of("client-cell-rule"), Set.of("subflow-per-wan", "cellular-backup", "cellular-share"),
                        List.of("client-cell-rule")),
                Arguments.of("fallback", List.of("fw-cell-joins"), cellular, List.of("fw-cell-joins")),
                // a regular cellular subflow carries a good part of the transfer, and takes over all the same
                Arguments.of("fallback", List.of("client-cell-backup"), Set.of("cellular-backup", "cellular-share"),
                        List.of("client-cell-backup")),
                // the cellular path's three faults at once, as the broken lab has them once MPTCP gets through
                Arguments.of("fallback", List.of("client-cell-subflow", "client-cell-rule", "fw-cell-joins"), cellular,
                        List.of("client-cell-subflow", "client-cell-rule", "fw-cell-joins", "client-cell-backup")));
    }

    static Stream<Arguments> handover() {
        return Stream.of(
                // Measured here (6.18): without endpoints the client still joins the announced port from
                // the initial subflow's address (eth1); DESIGN §1.4 saw no additional subflow at all.
                Arguments.of(List.of("client-endpoints"), Set.of("join-interfaces"), List.of("client-endpoints")),
                Arguments.of(List.of("client-limits"), Set.of(), List.of("client-limits")),
                Arguments.of(List.of("lb-accept-local"), Set.copyOf(ALL), List.of("lb-accept-local")),
                Arguments.of(List.of("app1-deny-join-initial"), Set.of(), List.of("app1-deny-join-initial")),
                Arguments.of(List.of("app2-deny-join-initial"), Set.of(), List.of("app2-deny-join-initial")),
                Arguments.of(List.of("app1-limits"), Set.of(), List.of("app1-limits")),
                Arguments.of(List.of("app2-limits"), Set.of(), List.of("app2-limits")),
                Arguments.of(List.of("app1-vip"), Set.of("connect", "backends"), List.of("app1-vip", "app1-signal")),
                Arguments.of(List.of("app2-vip"), Set.of("connect", "backends"), List.of("app2-vip", "app2-signal")),
                Arguments.of(List.of("app1-arp"), Set.of("arp"), List.of("app1-arp")),
                Arguments.of(List.of("app2-arp"), Set.of("arp"), List.of("app2-arp")),
                Arguments.of(List.of("app1-signal"), Set.of("join-port", "join-interfaces", "backends"), List.of("app1-signal")),
                Arguments.of(List.of("app2-signal"), Set.of("join-port", "join-interfaces", "backends"), List.of("app2-signal")),
                // several faults at once
                Arguments.of(List.of("client-limits", "app2-signal", "app1-arp"), Set.of("join-port", "join-interfaces", "backends", "arp"),
                        List.of("client-limits", "app1-arp", "app2-signal")));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("table")
    @SuppressWarnings("unchecked")
    void checkAndDiagnoseGiveTheExpectedVerdicts(String scenario, List<String> leftOut, Set<String> failing, List<String> named) {
        LabShell shell = lab(scenario);
        shell.ok("fix apply --all");
        try {
            shell.ok("fix revert --with-deps " + String.join(" ", leftOut));
            boolean holds = failing.stream().allMatch(c -> c.equals("arp"));
            if (leftOut.stream().anyMatch(f -> f.endsWith("-deny-join-initial"))) {
                // Without the C flag the client now and then joins VIP:80 before the announcement
                // arrives (seen in CI), and the LB may hash that join to the other backend: check
                // then fails the port criteria. It must never fail anything else.
                LabShell.Outcome o = shell.run("check --json");
                Map<String, Object> check = (Map<String, Object>) Json.read(o.out());
                assertTrue(Set.of("join-port", "backends").containsAll(failedCriteria(check)), "check: " + check);
                assertEquals(failedCriteria(check).isEmpty() ? 0 : 1, o.status(), o.toString());
            } else {
                Map<String, Object> check = json(shell, "check", holds ? 0 : 1);
                Set<String> failed = failedCriteria(check);
                if (leftOut.equals(List.of("client-cell-rule"))) {
                    // the join's SYN retransmission races eth1 going down: mostly it then leaves
                    // through eth2 and the drill survives; once in six runs it stalled
                    failed.remove("wifi-loss");
                }
                assertEquals(failing, failed, "check: " + check);
                assertEquals(holds, check.get("passed"));
            }
            Map<String, Object> diagnose = json(shell, "diagnose", 1);
            assertEquals(named, broken(diagnose).stream().map(b -> b.get("fix")).toList(), "diagnose: " + diagnose);
        } finally {
            shell.ok("fix apply --all");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mpsh.testing.TestScenarios#ids")
    void theBrokenStateFailsEveryCriterionAndTheFixedStatePassesWithFullScore(String scenario) throws Exception {
        LabShell shell = lab(scenario);
        Scenario sc = shell.scenario();
        shell.ok("lab reset");
        Map<String, Object> broken = json(shell, "check", 1);
        assertEquals(sc.check().criteria().stream().map(Criterion::id).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                failedCriteria(broken));
        assertEquals(0L, ((Number) broken.get("score")).longValue());
        Map<String, Object> diagnose = json(shell, "diagnose", 1);
        assertEquals(sc.fixes().size(), broken(diagnose).size(), "every fix is missing: " + diagnose);

        shell.ok("fix apply --all");
        Map<String, Object> fixed = json(shell, "check", 0);
        assertEquals(Set.of(), failedCriteria(fixed));
        long max = sc.check().criteria().stream().mapToLong(Criterion::points).sum();
        assertEquals(max, ((Number) fixed.get("score")).longValue());
        assertEquals(max, ((Number) fixed.get("max")).longValue());
        Map<String, Object> healthy = json(shell, "diagnose", 0);
        assertEquals(List.of(), broken(healthy));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheSourceRuleTheWifiIspDropsTheJoinAndItsCounterShowsIt() {
        LabShell shell = lab("fallback");
        shell.ok("fix apply --all");
        try {
            shell.ok("fix revert client-cell-rule");
            Map<String, Object> rule = broken(json(shell, "diagnose", 1)).get(0);
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) rule.get("evidence");
            assertTrue(((Number) evidence.get(0).get("count")).longValue() > 0, "the phone sent a join: " + evidence);
            assertTrue(((Number) evidence.get(1).get("count")).longValue() > 0, "the Wi-Fi ISP's rp_filter dropped it: " + evidence);
            List<Map<String, Object>> settings = (List<Map<String, Object>>) rule.get("settings");
            assertEquals("ip -n " + shell.ns("client") + " rule show", settings.get(0).get("command"));
        } finally {
            shell.ok("fix apply --all");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAcceptLocalTheCaptureShowsRepliesEnteringTheLbButNoneLeaving() {
        shell.ok("fix apply --all");
        try {
            shell.ok("fix revert lb-accept-local");
            Map<String, Object> lb = broken(json("diagnose", 1)).get(0);
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) lb.get("evidence");
            assertTrue(((Number) evidence.get(0).get("count")).longValue() > 0, "SYN-ACKs from the VIP on veth-lb-br: " + evidence);
            // Dropped as martians: what arrives does not leave. (One stray packet from the VIP was
            // seen leaving once in many runs, so the test asks for fewer, not for none.)
            assertTrue(((Number) evidence.get(1).get("count")).longValue()
                    < ((Number) evidence.get(0).get("count")).longValue(), "the replies must not leave on veth-lb-rt: " + evidence);
            assertTrue(((String) evidence.get(0).get("command")).startsWith("ip netns exec " + shell.ns("LB") + " tcpdump -ni veth-lb-br"));
            List<Map<String, Object>> settings = (List<Map<String, Object>>) lb.get("settings");
            assertEquals("ip netns exec " + shell.ns("LB") + " sysctl net.ipv4.conf.all.accept_local", settings.get(0).get("command"));
        } finally {
            shell.ok("fix apply --all");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutTheVipABackendDropsTheSynsAndItsCounterShowsIt() {
        shell.ok("fix apply --all");
        try {
            shell.ok("fix revert --with-deps app2-vip");
            Map<String, Object> vip = broken(json("diagnose", 1)).stream().filter(b -> b.get("fix").equals("app2-vip")).findFirst().orElseThrow();
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) vip.get("evidence");
            long syns = ((Number) evidence.get(0).get("count")).longValue();
            long dropped = ((Number) evidence.get(1).get("count")).longValue();
            assertTrue(syns > 0, "SYNs to the VIP reach app-2 (fails 1 time in 256 by the LB's hash): " + evidence);
            // The capture and the counter are read over slightly different windows: both must
            // show the drops, not necessarily the same number of them.
            assertTrue(dropped > 0, "the dropped SYNs counted as InAddrErrors: " + evidence);
        } finally {
            shell.ok("fix apply --all");
        }
    }

    @Test
    void clientEndpointsWithoutFullmeshFailOnlyTheInterfacesCriterion() {
        shell.ok("fix apply --all");
        try {
            String client = shell.ns("client");
            Run.inNs(client, "ip", "mptcp", "endpoint", "flush");
            Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.81.10", "dev", "eth1", "subflow");
            Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.82.10", "dev", "eth2", "subflow");
            assertEquals(Set.of("join-interfaces"), failedCriteria(json("check", 1)));
            Map<String, Object> d = broken(json("diagnose", 1)).get(0);
            assertEquals("client-endpoints", d.get("fix"));
            assertEquals("partly", d.get("state"));
        } finally {
            shell.ok("fix apply --all");
        }
    }
}
