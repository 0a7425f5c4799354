package dev.mpsh.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Scenario;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fix of every scenario on one shared real lab per scenario: mpsh's apply and revert move
 * its probe, and the same change typed by hand with ip/sysctl/nft (not through mpsh) is
 * detected both ways. Every row starts from and returns to the broken state.
 */
class FixLabTest {
    private static final Map<String, LabShell> LABS = new LinkedHashMap<>();
    /** Each scenario's fix states right after 'lab up': where every row starts and ends. */
    private static final Map<String, Map<String, FixState>> BROKEN = new LinkedHashMap<>();
    private static LabShell shell;
    private static Scenario scenario;

    @BeforeAll
    static void up() throws Exception {
        LabTests.requireLab();
        use("handover");
    }

    /** Makes scenario's shared lab the current one (built on first use) and brings it back to broken. */
    private static synchronized void use(String id) throws Exception {
        if (!LABS.containsKey(id)) {
            LabShell s = new LabShell(LabTests.uniqueLabName(), id);
            s.ok("lab up");
            LABS.put(id, s);
            shell = s;
            scenario = s.scenario();
            BROKEN.put(id, states());
        }
        shell = LABS.get(id);
        scenario = shell.scenario();
        shell.ok("fix revert --all");
        assertEquals(BROKEN.get(id), states(), "a row must start from the broken state");
    }

    @AfterAll
    static void down() {
        LABS.values().forEach(s -> s.run("lab down"));
        LABS.clear();
    }

    @BeforeEach
    void broken() throws Exception {
        use("handover");
    }

    private static Map<String, FixState> states() throws Exception {
        return LabFixes.states(LabFixes.statuses(new FixCatalog(scenario), LabLayout.of(shell.lab)));
    }

    private static Map<String, FixState> notInState(FixState s) throws Exception {
        Map<String, FixState> out = new LinkedHashMap<>(states());
        out.values().removeIf(v -> v == s);
        return out;
    }

    /** scenario, fix, its namespace, and by hand: what an engineer types to apply it and to undo it. */
    static Stream<Arguments> byHand() {
        return Stream.concat(handoverByHand().map(a -> Arguments.of(Stream.concat(Stream.of("handover"), Stream.of(a.get())).toArray())),
                Stream.of(
                Arguments.of("fallback", "fw-wifi-options", "firewall", List.of("nft flush chain inet fw from-wifi"),
                        List.of("nft add rule inet fw from-wifi tcp flags syn reset tcp option mptcp")),
                Arguments.of("fallback", "client-cell-subflow", "client",
                        List.of("ip mptcp endpoint delete id 2", "ip mptcp endpoint add 10.20.2.10 id 2 subflow"),
                        List.of("ip mptcp endpoint delete id 2", "ip mptcp endpoint add 10.20.2.10 id 2 signal")),
                Arguments.of("fallback", "client-cell-rule", "client", List.of("ip rule add from 10.20.2.10 table 102"),
                        List.of("ip rule del from 10.20.2.10 table 102")),
                Arguments.of("fallback", "fw-cell-joins", "firewall", List.of("nft flush chain inet fw from-cell"),
                        List.of("nft add rule inet fw from-cell tcp option mptcp subtype 1 drop")),
                Arguments.of("fallback", "client-cell-backup", "client",
                        List.of("ip mptcp endpoint delete id 2", "ip mptcp endpoint add 10.20.2.10 dev eth2 id 2 subflow backup"),
                        List.of("ip mptcp endpoint delete id 2", "ip mptcp endpoint add 10.20.2.10 id 2 signal"))));
    }

    static Stream<Arguments> handoverByHand() {
        List<Arguments> rows = new java.util.ArrayList<>(List.of(
                Arguments.of("client-endpoints", "client", List.of(
                        "ip mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh",
                        "ip mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh"), List.of("ip mptcp endpoint flush")),
                Arguments.of("client-limits", "client", List.of("ip mptcp limits set subflow 2 add_addr_accepted 2"),
                        List.of("ip mptcp limits set subflow 2 add_addr_accepted 0")),
                Arguments.of("lb-accept-local", "LB", List.of("sysctl -w net.ipv4.conf.all.accept_local=1 "
                        + "net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1"),
                        List.of("sysctl -w net.ipv4.conf.all.accept_local=0 net.ipv4.conf.veth-lb-rt.accept_local=0 "
                                + "net.ipv4.conf.veth-lb-br.accept_local=0"))));
        for (int n = 1; n <= 2; n++) {
            String app = "app-" + n;
            rows.add(Arguments.of("app" + n + "-deny-join-initial", app, List.of("sysctl -w net.mptcp.allow_join_initial_addr_port=0"),
                    List.of("sysctl -w net.mptcp.allow_join_initial_addr_port=1")));
            rows.add(Arguments.of("app" + n + "-limits", app, List.of("ip mptcp limits set subflow 2 add_addr_accepted 2"),
                    List.of("ip mptcp limits set subflow 2 add_addr_accepted 0")));
            rows.add(Arguments.of("app" + n + "-vip", app, List.of("ip addr add 10.0.83.1/32 dev lo"), List.of("ip addr del 10.0.83.1/32 dev lo")));
            rows.add(Arguments.of("app" + n + "-arp", app, List.of("sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2"),
                    List.of("sysctl -w net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_announce=0")));
            rows.add(Arguments.of("app" + n + "-signal", app, List.of("ip addr add 10.0.83.1/32 dev lo",
                    "ip mptcp endpoint add 10.0.83.1 dev veth-app" + n + " port 808" + n + " signal"),
                    List.of("ip mptcp endpoint flush", "ip addr del 10.0.83.1/32 dev lo")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mpsh.testing.TestScenarios#ids")
    void everyFixOfTheScenarioHasAHandTypedRow(String id) throws Exception {
        use(id);
        assertEquals(scenario.fixes().stream().map(f -> f.id()).sorted().toList(),
                byHand().filter(a -> a.get()[0].equals(id)).map(a -> (String) a.get()[1]).sorted().toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("byHand")
    void applyAndRevertMoveTheProbeAndHandTypedChangesAreSeen(String sc, String id, String ns, List<String> apply, List<String> revert)
            throws Exception {
        use(sc);
        LabShell.Outcome applied = shell.ok("fix apply --with-deps " + id);
        assertTrue(applied.out().contains(id + ": applied"), applied.out());
        assertTrue(applied.out().lines().anyMatch(l -> l.startsWith("[" + ns + "] ")), "shows the commands it runs: " + applied.out());
        assertEquals(FixState.APPLIED, states().get(id));

        shell.ok("fix revert --with-deps " + id);
        assertEquals(BROKEN.get(sc).get(id), states().get(id), "reverted: as in the broken state");
        shell.ok("fix revert --all"); // a requirement applied along with it (app1-vip) goes too

        for (String line : apply) {
            Run.inNs(shell.ns(ns), line.split(" "));
        }
        assertEquals(FixState.APPLIED, states().get(id), "applied by hand");
        for (String line : revert) {
            Run.inNs(shell.ns(ns), line.split(" "));
        }
        assertEquals(BROKEN.get(sc), states(), "undone by hand");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mpsh.testing.TestScenarios#ids")
    void everyFixTogglesOnAndOffWithItsRequirements(String id) throws Exception {
        use(id);
        for (dev.mpsh.api.Fix f : scenario.fixes()) {
            shell.ok("fix toggle --with-deps " + f.id());
            assertEquals(FixState.APPLIED, states().get(f.id()), f.id());
            for (String r : f.requires()) {
                assertEquals(FixState.APPLIED, states().get(r), f.id() + " needs " + r);
            }
            shell.ok("fix toggle " + f.id());
            assertEquals(false, states().get(f.id()) == FixState.APPLIED, f.id() + " toggled off");
            shell.ok("fix revert --all");
            assertEquals(BROKEN.get(id), states(), "back to broken after " + f.id());
        }
        shell.ok("fix apply --all");
        assertEquals(Map.of(), notInState(FixState.APPLIED), "everything applied");
    }

    @Test
    void endpointsWithoutFullmeshArePartly() throws Exception {
        Run.inNs(shell.ns("client"), "ip", "mptcp", "endpoint", "add", "10.0.81.10", "dev", "eth1", "subflow");
        Run.inNs(shell.ns("client"), "ip", "mptcp", "endpoint", "add", "10.0.82.10", "dev", "eth2", "subflow");
        assertEquals(FixState.PARTLY, states().get("client-endpoints"));
        LabShell.Outcome list = shell.ok("fix list --json");
        assertTrue(list.out().contains("\"id\":\"client-endpoints\",\"namespace\":\"client\",\"state\":\"partly\""), list.out());
        assertTrue(list.out().contains("\"actual\":\"endpoint 10.0.81.10 subflow dev eth1\""), list.out());
        shell.ok("fix apply client-endpoints");
        assertEquals(FixState.APPLIED, states().get("client-endpoints"));
    }

    /** A revert deletes the endpoints its fix added, by id, and leaves the ones a trainee added by hand. */
    @Test
    void revertsDeleteOnlyTheFixesOwnEndpoints() throws Exception {
        shell.ok("fix apply --all");
        try {
            Run.inNs(shell.ns("client"), "ip", "mptcp", "endpoint", "add", "192.0.2.1", "id", "7", "subflow");
            Run.inNs(shell.ns("app-1"), "ip", "mptcp", "endpoint", "add", "10.0.84.11", "dev", "veth-app1", "id", "9", "signal");
            LabShell.Outcome reverted = shell.ok("fix revert client-endpoints app1-signal");
            List<String> shown = reverted.out().lines().filter(l -> l.startsWith("[")).toList();
            assertEquals(3, shown.size(), reverted.out());
            for (String l : shown) {
                assertTrue(l.matches("\\[(client|app-1)\\] ip mptcp endpoint delete id \\d+"),
                        "a command a person could type, with the id looked up: " + l);
            }
            assertEquals(FixState.NOT_APPLIED, states().get("client-endpoints"));
            assertEquals(FixState.NOT_APPLIED, states().get("app1-signal"));
            assertEquals(List.of("192.0.2.1 id 7 subflow"), endpoints("client"), "the hand-added endpoint survives");
            assertEquals(List.of("10.0.84.11 id 9 signal dev veth-app1"), endpoints("app-1"));

            shell.ok("fix apply client-endpoints app1-signal");
            assertEquals(FixState.APPLIED, states().get("client-endpoints"));
            assertEquals(FixState.APPLIED, states().get("app1-signal"));
            assertTrue(endpoints("client").contains("192.0.2.1 id 7 subflow"), "survives the apply too: " + endpoints("client"));
            assertTrue(endpoints("app-1").contains("10.0.84.11 id 9 signal dev veth-app1"), endpoints("app-1").toString());
        } finally {
            Run.command(300, "ip", "-n", shell.ns("client"), "mptcp", "endpoint", "delete", "id", "7");
            Run.command(300, "ip", "-n", shell.ns("app-1"), "mptcp", "endpoint", "delete", "id", "9");
        }
    }

    private static List<String> endpoints(String ns) {
        return Run.inNs(shell.ns(ns), "ip", "mptcp", "endpoint", "show").out().lines().map(String::strip).toList();
    }

    @Test
    void applyAllAppliesEveryFixAndSecondApplyIsANoOp() throws Exception {
        shell.ok("fix apply --all");
        assertEquals(Map.of(), notInState(FixState.APPLIED));
        LabShell.Outcome again = shell.ok("fix apply lb-accept-local");
        assertEquals("lb-accept-local is already applied; nothing to do\n", again.out());
    }

    @Test
    void toggleFlipsAFix() throws Exception {
        shell.ok("fix toggle client-limits");
        assertEquals(FixState.APPLIED, states().get("client-limits"));
        shell.ok("fix toggle client-limits");
        assertEquals(FixState.NOT_APPLIED, states().get("client-limits"));
    }
}
