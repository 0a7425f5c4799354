package dev.mpsh.fallback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Check;
import dev.mpsh.api.Criterion;
import dev.mpsh.api.DirectoryPlugin;
import dev.mpsh.api.Fix;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Probe;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Step;
import dev.mpsh.api.StepText;
import dev.mpsh.api.TransferSpec;
import dev.mpsh.api.Wan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Silent Fallback as shipped: a scenario directory the plugin API reads, and what it is made of. */
class FallbackScenarioTest {
    static final Path DIR = Path.of("src/main/scenario/fallback");
    private static DirectoryPlugin plugin;
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        plugin = new DirectoryPlugin(DIR);
        scenario = plugin.scenario();
    }

    private static String setup() {
        return scenario.setup().stream().map(c -> "[" + c.namespace() + "] " + String.join(" ", c.words()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aPhoneTwoIspRoutersAFirewallAndOneServer() {
        assertTrue(DirectoryPlugin.isScenarioDirectory(DIR));
        assertEquals("fallback", scenario.id());
        assertEquals(List.of("client", "isp-wifi", "isp-cell", "firewall", "server"), scenario.namespaces());
        assertEquals(1, scenario.servers().size());
        assertEquals(List.of(new Wan("client", "eth1", "10.20.1.10", "isp-wifi", "wifi-lan", "Wi-Fi"),
                new Wan("client", "eth2", "10.20.2.10", "isp-cell", "cell-lan", "cellular")), scenario.wans().links());
        assertEquals("10.20.9.10:80", scenario.wans().target());
        assertEquals("server", scenario.servers().get(0).namespace());
        String s = setup();
        for (String line : List.of(
                "[isp-wifi] ip link add wifi-lan type veth peer name eth1 netns {ns:client}",
                "[isp-cell] ip link add cell-lan type veth peer name eth2 netns {ns:client}",
                "[isp-wifi] ip link add wifi-up type veth peer name fw-wifi netns {ns:firewall}",
                "[isp-cell] ip link add cell-up type veth peer name fw-cell netns {ns:firewall}",
                "[firewall] ip link add fw-srv type veth peer name eth0 netns {ns:server}",
                "[client] ip addr add 10.20.1.10/24 dev eth1",
                "[client] ip addr add 10.20.2.10/24 dev eth2",
                "[server] ip addr add 10.20.9.10/24 dev eth0")) {
            assertTrue(s.contains(line + "\n") || s.endsWith(line), "missing: " + line);
        }
    }

    @Test
    void theBrokenStateHasEachFaultOfTheIncident() {
        String s = setup();
        assertTrue(s.contains("[firewall] nft add rule inet fw from-wifi tcp flags syn reset tcp option mptcp"), s);
        assertTrue(s.contains("[firewall] nft add rule inet fw from-cell tcp option mptcp subtype 1 drop"), s);
        assertTrue(s.contains("[client] ip mptcp endpoint add 10.20.2.10 id 2 signal"), s);
        assertTrue(s.contains("[client] ip rule add from 10.20.1.10 table 101"), s);
        assertFalse(s.contains("rule add from 10.20.2.10"), "the cellular source rule is the fault: " + s);
        assertTrue(s.contains("[isp-wifi] sysctl -w net.ipv4.conf.all.rp_filter=1"), s);
        assertTrue(s.contains("[isp-cell] sysctl -w net.ipv4.conf.all.rp_filter=1"), s);
    }

    @Test
    void everyFaultHasItsFixWithProbeSymptomAndCounterEvidence() {
        assertEquals(List.of("fw-wifi-options", "client-cell-subflow", "client-cell-rule", "fw-cell-joins", "client-cell-backup"),
                scenario.fixes().stream().map(Fix::id).toList());
        for (Fix f : scenario.fixes()) {
            assertNotNull(f.symptom(), f.id() + " says what goes wrong without it");
            assertTrue(f.evidence().stream().anyMatch(e -> e.kind().equals("counter")), f.id() + ": the counters prove it");
            for (NsCommand c : f.apply()) {
                assertEquals(f.namespace(), c.namespace());
            }
        }
        assertEquals(List.of(new Probe.Nft("firewall", "inet", "fw", "from-wifi", 30)), scenario.fix("fw-wifi-options").orElseThrow().probes());
        assertEquals(List.of(new Probe.Rule("client", "10.20.2.10/32", 102)), scenario.fix("client-cell-rule").orElseThrow().probes());
        assertEquals(List.of("client-cell-subflow"), scenario.fix("client-cell-backup").orElseThrow().requires());
    }

    @Test
    void theCheckGradesMptcpNoFallbackOneSubflowPerWanTheBackupItsShareAndTheLossOfWifi() {
        Check c = scenario.check();
        assertEquals("client", c.namespace());
        assertEquals("10.20.9.10:80", c.address() + ":" + c.port());
        assertEquals(List.of(new Check.Backend("echo", 0)), c.backends());
        assertEquals(List.of("connect", "counters", "subflow-interfaces", "backup-interfaces", "bulk-share", "drill"),
                c.criteria().stream().map(Criterion::kind).toList());
        assertEquals(List.of("eth1", "eth2"), c.criteria().get(2).args());
        assertEquals(List.of("eth2"), c.criteria().get(3).args());
        assertEquals(new TransferSpec.BulkShare("eth2", 5, true, 2000), TransferSpec.BulkShare.of(c.criteria().get(4).args()));
        assertEquals(new TransferSpec.Drill("wan-down", "eth1", 1000, 6000), TransferSpec.Drill.of(c.criteria().get(5).args()));
        assertEquals(100, c.criteria().stream().mapToInt(Criterion::points).sum());
        assertTrue(c.criteria().get(1).args().containsAll(List.of("client", "MPTcpExt:MPCapableFallbackSYNACK",
                "server", "MPTcpExt:MPCapableFallbackACK")), c.criteria().get(1).args().toString());
    }

    @Test
    void theWalkthroughTeachesEveryFixOnceInTheOrderTheFaultsShowThemselves() {
        List<String> taught = new ArrayList<>();
        scenario.lesson().steps().forEach(s -> taught.addAll(s.fixes()));
        assertEquals(List.of("fw-wifi-options", "client-cell-subflow", "client-cell-rule", "fw-cell-joins", "client-cell-backup"), taught);
        assertTrue(scenario.lesson().steps().get(scenario.lesson().steps().size() - 1).check(), "the last step waits for the check");
    }

    @Test
    void everyStepHasATextInEnglishAndJapaneseWithTitleBodyAndTwoHints() throws Exception {
        for (Step step : scenario.lesson().steps()) {
            for (String lang : List.of("en", "ja")) {
                StepText t = plugin.stepText(step, lang);
                String where = step.path(lang);
                assertFalse(t.title().isBlank(), where);
                assertTrue(t.body().length() > 200, where + ": the body is too short to teach anything");
                assertEquals(2, t.hints().size(), where + ": two hints before the commands");
                String all = t.title() + "\n" + t.body() + "\n" + String.join("\n", t.hints());
                if (lang.equals("ja")) {
                    assertTrue(all.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA),
                            where + " is written in Japanese");
                }
                for (String line : all.split("\n")) {
                    assertEquals(0, line.chars().filter(ch -> ch == '`').count() % 2, where + ": a `code` span opens and closes on one line: " + line);
                }
            }
        }
    }

    @Test
    void theTwoLanguagesHaveTheSameStepFilesAndNoOthers() throws IOException {
        Set<String> files = scenario.lesson().steps().stream().map(Step::file).collect(Collectors.toCollection(TreeSet::new));
        for (String lang : List.of("en", "ja")) {
            try (Stream<Path> s = Files.list(DIR.resolve("lessons").resolve(lang))) {
                assertEquals(files, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)), lang);
            }
        }
    }

    @Test
    void itShipsARecordingOfTheSolutionAndOfEachSingleFault() throws IOException {
        Set<String> expected = new TreeSet<>(List.of("solution.t"));
        scenario.fixes().forEach(f -> expected.add("without-" + f.id() + ".t"));
        try (Stream<Path> s = Files.list(DIR.resolve("recordings"))) {
            assertEquals(expected, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
        }
    }
}
