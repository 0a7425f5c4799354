package dev.mpsh.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.api.Check;
import dev.mpsh.api.Criterion;
import dev.mpsh.api.Localized;
import dev.mpsh.drill.DrillRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grading rules on hand-made attempts: what passes, what fails, and what the actual value says. */
class GraderTest {
    private static Criterion c(String kind, String... args) {
        return new Criterion(kind, kind, 20, false, List.of(args), new Localized(kind, kind), List.of());
    }

    private static final Check CHECK = new Check("client", "10.0.83.1", 80, 16, 10_000,
            List.of(new Check.Backend("app-1", 8081), new Check.Backend("app-2", 8082)),
            List.of(c("connect"), c("initial-subflow"), c("join-port"), c("join-interfaces", "eth1", "eth2"), c("backends")));

    private static Attempt ok(int n, String backend, int port, String... ifaces) {
        List<Attempt.Join> joins = new java.util.ArrayList<>();
        for (String i : ifaces) {
            joins.add(new Attempt.Join(i, i.equals("eth1") ? "10.0.81.10" : "10.0.82.10", "10.0.83.1", port));
        }
        return new Attempt(n, true, true, true, null, "10.0.81.10:4000" + n, "10.0.83.1:80", backend, true,
                List.of("10.0.83.1:" + port), joins);
    }

    private static Map<String, Verdict> grade(Attempt... attempts) {
        Map<String, Verdict> out = new java.util.LinkedHashMap<>();
        new Grader(CHECK).grade(List.of(attempts), Map.of()).forEach(v -> out.put(v.criterion().id(), v));
        return out;
    }

    @Test
    void theReferenceAnswerPassesEverything() {
        Map<String, Verdict> v = grade(ok(1, "app-1", 8081, "eth1", "eth2"), ok(2, "app-2", 8082, "eth1", "eth2"));
        v.values().forEach(x -> assertEquals(true, x.passed(), x.toString()));
        assertEquals("all 2 connections: from eth1 and eth2", v.get("join-interfaces").actual());
        assertEquals("app-1 reached 1x, subflows to port 8081; app-2 reached 1x, subflows to port 8082", v.get("backends").actual());
    }

    @Test
    void aTimedOutAttemptFailsConnectAndNamesTheError() {
        Map<String, Verdict> v = grade(ok(1, "app-1", 8081, "eth1", "eth2"), Attempt.failed(2, "timed out after 400ms"));
        assertEquals(false, v.get("connect").passed());
        assertEquals("1 of 2 did (#2: timed out after 400ms)", v.get("connect").actual());
        assertEquals(true, v.get("initial-subflow").passed(), "graded on the connections that connected");
        assertEquals(false, v.get("backends").passed());
        assertEquals("app-1 reached 1x, subflows to port 8081; app-2 not reached", v.get("backends").actual());
    }

    @Test
    void noAdditionalSubflowFailsTheJoinCriteria() {
        Map<String, Verdict> v = grade(ok(1, "app-1", 8081), ok(2, "app-2", 8082));
        assertEquals(false, v.get("join-port").passed());
        assertEquals("all 2 connections: no additional subflow", v.get("join-port").actual());
        assertEquals(false, v.get("join-interfaces").passed());
        assertEquals(false, v.get("backends").passed());
    }

    @Test
    void aBackendJoinedOnTheOtherBackendsPortFailsBackendsButNotJoinPort() {
        Map<String, Verdict> v = grade(ok(1, "app-1", 8082, "eth1", "eth2"), ok(2, "app-2", 8082, "eth1", "eth2"));
        assertEquals(true, v.get("join-port").passed());
        assertEquals(false, v.get("backends").passed());
    }

    @Test
    void subflowsToTwoPortsInOneConnectionFailJoinPort() {
        Attempt mixed = new Attempt(1, true, true, true, null, "10.0.81.10:40001", "10.0.83.1:80", "app-1", false, List.of(),
                List.of(new Attempt.Join("eth1", "10.0.81.10", "10.0.83.1", 8081), new Attempt.Join("eth2", "10.0.82.10", "10.0.83.1", 80)));
        Map<String, Verdict> v = grade(mixed);
        assertEquals(false, v.get("join-port").passed());
        assertEquals("10.0.83.1:8081 + 10.0.83.1:80", v.get("join-port").actual());
    }

    @Test
    void withoutAnyConnectionNothingPasses() {
        Map<String, Verdict> v = grade(Attempt.failed(1, "timed out after 400ms"));
        v.values().forEach(x -> assertEquals(false, x.passed(), x.toString()));
        assertEquals("no connection", v.get("initial-subflow").actual());
    }

    // --- the kinds a phone on two WANs needs (one server, no join port of its own) -------------

    private static final Check PHONE = new Check("client", "10.20.9.10", 80, 4, 10_000, List.of(new Check.Backend("echo", 0)),
            List.of(c("counters", "client", "MPTcpExt:MPCapableFallbackSYNACK", "server", "MPTcpExt:MPCapableFallbackACK"),
                    c("subflow-interfaces", "eth1", "eth2"), c("backup-interfaces", "eth2")));

    private static Attempt phone(boolean mptcp, Attempt.Join... joins) {
        return new Attempt(1, true, mptcp, true, null, "10.20.1.10:40001", mptcp ? "10.20.9.10:80" : null, mptcp ? "echo" : null,
                false, List.of(), List.of(joins), "eth1");
    }

    private static Attempt.Join join(String iface, boolean backup) {
        return new Attempt.Join(iface, iface.equals("eth2") ? "10.20.2.10" : "10.20.1.10", "10.20.9.10", 80, backup);
    }

    private static Map<String, Verdict> gradePhone(Map<String, List<CounterGrowth>> counters, Attempt... attempts) {
        Map<String, Verdict> out = new java.util.LinkedHashMap<>();
        List<Criterion> cs = PHONE.criteria();
        new Grader(PHONE).grade(List.of(attempts), Map.of(), counters).forEach(v -> out.put(v.criterion().kind(), v));
        assertEquals(cs.size(), out.size());
        return out;
    }

    private static Map<String, List<CounterGrowth>> grew(long synack, long ack) {
        return Map.of("counters", List.of(new CounterGrowth("client", "MPTcpExt:MPCapableFallbackSYNACK", 3, 3 + synack),
                new CounterGrowth("server", "MPTcpExt:MPCapableFallbackACK", 0, ack)));
    }

    @Test
    void oneRegularWifiSubflowAndOneBackupCellularSubflowPassEverything() {
        Map<String, Verdict> v = gradePhone(grew(0, 0), phone(true, join("eth2", true)));
        v.values().forEach(x -> assertEquals(true, x.passed(), x.toString()));
        assertEquals("none grew", v.get("counters").actual());
        assertEquals("subflows from eth1 + eth2", v.get("subflow-interfaces").actual());
        assertEquals("eth1 regular, eth2 backup", v.get("backup-interfaces").actual());
    }

    @Test
    void aFallbackIsCountedAndFailsEveryCriterionThatNeedsMptcp() {
        Map<String, Verdict> v = gradePhone(grew(1, 0), phone(false));
        assertEquals(false, v.get("counters").passed());
        assertEquals("client MPTcpExt:MPCapableFallbackSYNACK +1 (3 -> 4)", v.get("counters").actual());
        assertEquals("plain TCP, subflows from eth1", v.get("subflow-interfaces").actual());
        assertEquals(false, v.get("subflow-interfaces").passed());
        assertEquals("eth1 regular, no subflow from eth2", v.get("backup-interfaces").actual());
        assertEquals(false, v.get("backup-interfaces").passed());
    }

    @Test
    void aRegularCellularSubflowFailsOnlyTheBackupCriterion() {
        Map<String, Verdict> v = gradePhone(grew(0, 0), phone(true, join("eth2", false)));
        assertEquals(true, v.get("subflow-interfaces").passed());
        assertEquals(false, v.get("backup-interfaces").passed());
        assertEquals("eth1 regular, eth2 regular", v.get("backup-interfaces").actual());
    }

    @Test
    void twoSubflowsFromOneWanOrABackupWifiSubflowFail() {
        Map<String, Verdict> v = gradePhone(grew(0, 0), phone(true, join("eth2", true), join("eth2", true), join("eth1", true)));
        assertEquals(false, v.get("subflow-interfaces").passed());
        assertEquals("subflows from 2x eth1 + 2x eth2", v.get("subflow-interfaces").actual());
        assertEquals(false, v.get("backup-interfaces").passed(), "the extra eth1 subflow is a backup");
    }

    @Test
    void countersThisKernelLacksAreNamedAndNoneAtAllFails() {
        Map<String, Verdict> some = gradePhone(Map.of("counters", List.of(
                new CounterGrowth("client", "MPTcpExt:MPCapableFallbackSYNACK", 0, 0),
                new CounterGrowth("server", "MPTcpExt:MPCapableFallbackACK", -1, -1))), phone(true, join("eth2", true)));
        assertEquals(true, some.get("counters").passed());
        assertEquals("none grew (not in this kernel: MPTcpExt:MPCapableFallbackACK)", some.get("counters").actual());
        Map<String, Verdict> none = gradePhone(Map.of("counters", List.of(
                new CounterGrowth("client", "MPTcpExt:MPCapableFallbackSYNACK", -1, -1))), phone(true, join("eth2", true)));
        assertEquals(false, none.get("counters").passed());
        assertEquals("none of these counters exists in this kernel", none.get("counters").actual());
    }

    // --- the kinds that move data: a bulk transfer's share, a drill ----------------------------

    private static final Check TRANSFERS = new Check("client", "10.20.9.10", 80, 4, 10_000, List.of(new Check.Backend("echo", 0)),
            List.of(c("bulk-share", "eth2", "below", "5%", "backup"), c("drill", "wan-down", "eth1", "at", "1s", "length", "3s")));

    private static Map<String, Verdict> gradeTransfers(ShareReading share, DrillRun.Outcome drill, Map<String, String> errors) {
        Map<String, Verdict> out = new java.util.LinkedHashMap<>();
        Map<String, ShareReading> shares = share == null ? Map.of() : Map.of("bulk-share", share);
        Map<String, DrillRun.Outcome> drills = drill == null ? Map.of() : Map.of("drill", drill);
        new Grader(TRANSFERS).grade(List.of(), Map.of(), Map.of(), new Grader.Transfers(shares, drills, errors))
                .forEach(v -> out.put(v.criterion().kind(), v));
        return out;
    }

    private static ShareReading share(long wifi, long cell, List<Boolean> cellSubflows) {
        Map<String, Long> moved = new java.util.LinkedHashMap<>();
        moved.put("eth2", cell);
        moved.put("eth1", wifi);
        return new ShareReading(null, true, moved, cellSubflows.isEmpty() ? Map.of("eth1", List.of(false))
                : Map.of("eth1", List.of(false), "eth2", cellSubflows), 2_000_000_000L);
    }

    @Test
    void aBackupThatCarriesAlmostNothingPassesTheShareAndASurvivedDrillPasses() {
        Map<String, Verdict> v = gradeTransfers(share(2_000_000_000L, 3, List.of(true)),
                new DrillRun.Outcome(true, true, 0, "SURVIVED: eth2 (cellular) carried the traffic 0.5s after eth1 (Wi-Fi) went down"), Map.of());
        assertEquals(true, v.get("bulk-share").passed(), v.toString());
        assertEquals("a 2 s bulk transfer to 10.20.9.10:80: the subflows from eth2 carry < 5% of its bytes and are flagged backup",
                v.get("bulk-share").expected());
        assertEquals("eth2 carried 0.0% of 2.00 GB (eth1 2.00 GB, eth2 3 B); eth2's subflow flagged backup", v.get("bulk-share").actual());
        assertEquals(true, v.get("drill").passed());
        assertEquals("a 3 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost",
                v.get("drill").expected());
    }

    @Test
    void aRegularCellularSubflowFailsTheShareEvenWhenItCarriedLittle() {
        Verdict big = gradeTransfers(share(500_000_000L, 400_000_000L, List.of(false)), null, Map.of()).get("bulk-share");
        assertEquals(false, big.passed());
        assertEquals("eth2 carried 44.4% of 900 MB (eth1 500 MB, eth2 400 MB); eth2's subflow regular", big.actual());
        Verdict small = gradeTransfers(share(1_000_000_000L, 1_000_000L, List.of(false)), null, Map.of()).get("bulk-share");
        assertEquals(false, small.passed(), "below 5% but not a backup: " + small);
        Verdict flagged = gradeTransfers(share(900_000_000L, 100_000_000L, List.of(true)), null, Map.of()).get("bulk-share");
        assertEquals(false, flagged.passed(), "a backup that carried 10%: " + flagged);
    }

    @Test
    void noEstablishedCellularSubflowOrPlainTcpOrNoConnectionFailsTheShare() {
        Verdict none = gradeTransfers(share(1_000_000_000L, 0, List.of()), null, Map.of()).get("bulk-share");
        assertEquals(false, none.passed(), "0% of nothing on eth2 is no backup at work");
        assertEquals("eth2 carried 0.0% of 1.00 GB (eth1 1.00 GB, eth2 0 B); no established subflow from eth2", none.actual());
        Verdict tcp = gradeTransfers(new ShareReading(null, false, Map.of(), Map.of(), 2_000_000_000L), null, Map.of()).get("bulk-share");
        assertEquals("plain TCP: the transfer had no subflow from eth2", tcp.actual());
        assertEquals(false, tcp.passed());
        Verdict refused = gradeTransfers(ShareReading.failed("cannot connect: timed out"), null, Map.of()).get("bulk-share");
        assertEquals("cannot connect: timed out", refused.actual());
        assertEquals(false, refused.passed());
    }

    @Test
    void aStalledOrLossyDrillOrOneThatCouldNotRunFails() {
        Map<String, Verdict> stalled = gradeTransfers(null, new DrillRun.Outcome(false, true, 0, "STALLED: no other WAN carried the traffic"), Map.of());
        assertEquals(false, stalled.get("drill").passed());
        assertEquals("STALLED: no other WAN carried the traffic", stalled.get("drill").actual());
        assertEquals(false, gradeTransfers(null, new DrillRun.Outcome(true, true, 12, "SURVIVED"), Map.of()).get("drill").passed());
        Map<String, Verdict> error = gradeTransfers(null, null, Map.of("drill", "no WAN 'eth9'; the WANs are eth1, eth2"));
        assertEquals("no WAN 'eth9'; the WANs are eth1, eth2", error.get("drill").actual());
        assertEquals(false, error.get("drill").passed());
        assertEquals("not measured", error.get("bulk-share").actual());
    }
}
