package dev.mpsh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckSyntaxTest {
    private static final String GOOD = """
            scenario tiny
            title en Tiny
            title ja 小さい
            namespace a
            namespace b
            server s1 b echo 0.0.0.0:80
            fix b-vip b
              title en VIP
              title ja VIP
              explain en why
              explain ja なぜ
              apply ip addr add 10.0.83.1/32 dev lo
              revert ip addr del 10.0.83.1/32 dev lo
              probe address b lo has 10.0.83.1/32
              symptom en SYNs are
              symptom en dropped.
              symptom ja SYNが
              symptom ja 捨てられる。
              evidence capture b y 'tcp and dst port 80'
              evidence counter b Ip:InAddrErrors
            check a 10.0.83.1:80 attempts 4 within 500ms
              backend s1 port 8081
              criterion up connect 20
                title en connects
                title ja つながる
              criterion both join-interfaces 30 eth1 eth2
                title en both
                title ja 両方
              bonus arp probes 50
                title en arp
                title ja arp
                probe sysctl b net.ipv4.conf.all.arp_ignore = 1
            """;

    @Test
    void readsTheCheckSectionAndTheDiagnoseTexts() throws Exception {
        Scenario s = ScenarioParser.parse("t.scenario", GOOD);
        Check c = s.check();
        assertEquals("a", c.namespace());
        assertEquals("10.0.83.1", c.address());
        assertEquals(80, c.port());
        assertEquals(4, c.attempts());
        assertEquals(500, c.withinMillis());
        assertEquals(List.of(new Check.Backend("s1", 8081)), c.backends());
        assertEquals(List.of("up", "both", "arp"), c.criteria().stream().map(Criterion::id).toList());
        Criterion both = c.criteria().get(1);
        assertEquals("join-interfaces", both.kind());
        assertEquals(30, both.points());
        assertEquals(List.of("eth1", "eth2"), both.args());
        assertEquals(new Localized("both", "両方"), both.title());
        Criterion arp = c.criteria().get(2);
        assertTrue(arp.bonus());
        assertEquals(List.of(new Probe.Sysctl("b", "net.ipv4.conf.all.arp_ignore", "1")), arp.probes());

        Fix f = s.fixes().get(0);
        assertEquals(new Localized("SYNs are dropped.", "SYNが捨てられる。"), f.symptom());
        assertEquals(List.of(new Evidence("capture", "b", List.of("y", "tcp and dst port 80")),
                new Evidence("counter", "b", List.of("Ip:InAddrErrors"))), f.evidence());
    }

    @Test
    void aScenarioWithoutCheckHasNone() throws Exception {
        String text = GOOD.substring(0, GOOD.indexOf("check a"));
        assertNull(ScenarioParser.parse("t.scenario", text).check());
    }

    @Test
    void aBackendWithoutAPortAndTheNewKindsAreRead() throws Exception {
        String text = GOOD.replace("backend s1 port 8081", "backend s1")
                .replace("criterion both join-interfaces 30 eth1 eth2", "criterion both subflow-interfaces 30 eth1 eth2")
                .replace("criterion up connect 20", """
                        criterion up connect 20
                            title en connects
                            title ja つながる
                          criterion flat counters 10 a MPTcpExt:MPCapableFallbackSYNACK TcpExt:IPReversePathFilter b Ip:InAddrErrors
                            title en flat
                            title ja 平ら
                          criterion bk backup-interfaces 10 eth2""").replace("""
                                title en connects
                                title ja つながる
                              criterion both""", """
                                title en bk
                                title ja 予備
                              criterion both""");
        Check c = ScenarioParser.parse("t.scenario", text).check();
        assertEquals(List.of(new Check.Backend("s1", 0)), c.backends());
        assertEquals(List.of("up", "flat", "bk", "both", "arp"), c.criteria().stream().map(Criterion::id).toList());
        assertEquals(List.of("a", "MPTcpExt:MPCapableFallbackSYNACK", "TcpExt:IPReversePathFilter", "b", "Ip:InAddrErrors"),
                c.criteria().get(1).args());
        assertEquals(List.of("eth2"), c.criteria().get(2).args());
        assertEquals("subflow-interfaces", c.criteria().get(3).kind());
    }

    @Test
    void theTransferKindsReadTheirWordsWithDefaults() throws Exception {
        String text = GOOD.replace("criterion up connect 20", "criterion up bulk-share 20 eth2 below 2.5% backup")
                .replace("criterion both join-interfaces 30 eth1 eth2", "criterion both drill 30 wan-down Wi-Fi length 4s");
        Check c = ScenarioParser.parse("t.scenario", text).check();
        assertEquals(new TransferSpec.BulkShare("eth2", 2.5, true, 2000), TransferSpec.BulkShare.of(c.criteria().get(0).args()));
        assertEquals(new TransferSpec.Drill("wan-down", "Wi-Fi", 1000, 4000), TransferSpec.Drill.of(c.criteria().get(1).args()));
        assertEquals(new TransferSpec.BulkShare("eth2", 5, false, 500), TransferSpec.BulkShare.of(List.of("eth2", "below", "5%", "for", "500ms")));
        assertEquals(new TransferSpec.Drill("blackhole", "eth1", 2000, 3000), TransferSpec.Drill.of(List.of("blackhole", "eth1", "at", "2s")));
    }

    @Test
    void portCriteriaNeedEveryBackendToHaveAPort() {
        String text = GOOD.replace("backend s1 port 8081", "backend s1")
                .replace("criterion both join-interfaces 30 eth1 eth2", "criterion both join-port 30");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioParser.parse("t.scenario", text));
        assertEquals("t.scenario:26: criterion 'both' of kind join-port needs 'backend SERVER port P' lines, each with its port",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21|check a 10.0.83.1|t.scenario:21: '10.0.83.1' is not ADDR:PORT with an IPv4 address, e.g. 10.0.83.1:80",
        "21|check a 10.0.83.1:80 within 5m|t.scenario:21: within '5m' is not a duration like 10s or 500ms",
        "22|backend nope port 8081|t.scenario:22: backend 'nope' is no server of this scenario; declare it with 'server' first",
        "23|criterion up teleport 20|t.scenario:23: criterion kind 'teleport' is unknown; expected connect, initial-subflow, join-port, join-interfaces, backends, probes, counters, subflow-interfaces, backup-interfaces, bulk-share, drill",
        "22|backend s1 8081|t.scenario:22: expected 'backend SERVER [port P]', e.g. 'backend app-1 port 8081' or 'backend echo'",
        "23|criterion up counters 20|t.scenario:23: criterion 'up' of kind counters needs a namespace and its counters, e.g. 'client MPTcpExt:MPCapableFallbackSYNACK'",
        "23|criterion up counters 20 a MPTcpExt:MPJoinSynTx b|t.scenario:23: criterion 'up' of kind counters needs a namespace and its counters, e.g. 'client MPTcpExt:MPCapableFallbackSYNACK'",
        "23|criterion up counters 20 a b MPTcpExt:MPJoinSynTx|t.scenario:23: criterion 'up' of kind counters needs a namespace and its counters, e.g. 'client MPTcpExt:MPCapableFallbackSYNACK'",
        "23|criterion up counters 20 nowhere MPTcpExt:MPJoinSynTx|t.scenario:23: namespace 'nowhere' is not declared; add 'namespace nowhere' before it is used",
        "23|criterion up counters 20 a MPJoin-SynTx:x|t.scenario:23: 'MPJoin-SynTx:x' is not GROUP:NAME; criterion 'up' of kind counters needs a namespace and its counters, e.g. 'client MPTcpExt:MPCapableFallbackSYNACK'",
        "23|criterion up backup-interfaces 20|t.scenario:23: criterion 'up' of kind backup-interfaces needs the interfaces, e.g. eth1 eth2",
        "23|criterion up bulk-share 20 eth2|t.scenario:23: criterion 'up': bulk-share needs 'IFACE below P% [backup] [for DURATION]', e.g. 'eth2 below 5% backup for 2s'",
        "23|criterion up bulk-share 20 eth2 below 5|t.scenario:23: criterion 'up': share '5' is not a percentage above 0 like 5% or 2.5%; bulk-share needs 'IFACE below P% [backup] [for DURATION]', e.g. 'eth2 below 5% backup for 2s'",
        "23|criterion up bulk-share 20 eth2 below 5% for 2m|t.scenario:23: criterion 'up': '2m' is not a duration like 2s or 500ms",
        "23|criterion up bulk-share 20 eth2 below 5% backup backup|t.scenario:23: criterion 'up': unexpected 'backup'; bulk-share needs 'IFACE below P% [backup] [for DURATION]', e.g. 'eth2 below 5% backup for 2s'",
        "23|criterion up drill 20 eth1|t.scenario:23: criterion 'up': drill needs 'KIND WAN [at DURATION] [length DURATION]', KIND one of wan-down, blackhole, backup, e.g. 'wan-down eth1 at 1s length 3s'",
        "23|criterion up drill 20 unplug eth1|t.scenario:23: criterion 'up': drill kind 'unplug' is unknown; drill needs 'KIND WAN [at DURATION] [length DURATION]', KIND one of wan-down, blackhole, backup, e.g. 'wan-down eth1 at 1s length 3s'",
        "23|criterion up drill 20 wan-down eth1 at 3s length 2s|t.scenario:23: criterion 'up': length 2000ms ends before the failure at 3000ms; make it longer",
        "23|criterion up connect many|t.scenario:23: points 'many' is not a number",
        "24|setup a ip link set lo up|t.scenario:24: unknown keyword 'setup' in the check section; expected backend, criterion, bonus, title or probe",
        "25|# no Japanese title|t.scenario:23: criterion 'up' has no 'title ja' line; every text is given in en and ja",
        "26|criterion both join-interfaces 30|t.scenario:26: criterion 'both' of kind join-interfaces needs the interfaces, e.g. eth1 eth2",
        "32|# no probe|t.scenario:29: criterion 'arp' of kind probes needs probe lines",
        "19|evidence tcpdump b y|t.scenario:19: expected 'evidence capture NS DEV 'FILTER'' or 'evidence counter NS GROUP:NAME', e.g. 'evidence counter app-1 Ip:InAddrErrors'",
    })
    void reportsEachMalformedLineWithItsNumber(int line, String replacement, String expected) {
        List<String> lines = new java.util.ArrayList<>(List.of(GOOD.split("\n", -1)));
        lines.set(line - 1, replacement);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioParser.parse("t.scenario", String.join("\n", lines)));
        assertEquals(expected, e.getMessage());
    }
}
