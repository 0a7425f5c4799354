package dev.mpsh.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Scenario;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioSource;
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
 * Each fix on one shared real lab: mpsh's apply and revert move its probe, and the same change
 * typed by hand with ip/sysctl (not through mpsh) is detected both ways. Every row starts from
 * and returns to the broken state.
 */
class FixLabTest {
    private static LabShell shell;
    private static Scenario scenario;

    @BeforeAll
    static void up() throws Exception {
        LabTests.requireLab();
        shell = new LabShell(LabTests.uniqueLabName());
        shell.ok("lab up");
        scenario = new ScenarioSource().get();
    }

    @AfterAll
    static void down() {
        if (shell != null) {
            shell.run("lab down");
        }
    }

    @BeforeEach
    void broken() throws Exception {
        shell.ok("fix revert --all");
        assertEquals(Map.of(), notInState(FixState.NOT_APPLIED), "a row must start from the broken state");
    }

    private static Map<String, FixState> states() throws Exception {
        return LabFixes.states(LabFixes.statuses(new FixCatalog(scenario), LabLayout.of(shell.lab)));
    }

    private static Map<String, FixState> notInState(FixState s) throws Exception {
        Map<String, FixState> out = new LinkedHashMap<>(states());
        out.values().removeIf(v -> v == s);
        return out;
    }

    /** By hand, in the fix's namespace: what an engineer types to apply it and to undo it. */
    static Stream<Arguments> byHand() {
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

    @Test
    void everyFixOfTheScenarioHasAHandTypedRow() {
        assertEquals(scenario.fixes().stream().map(f -> f.id()).sorted().toList(),
                byHand().map(a -> (String) a.get()[0]).sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byHand")
    void applyAndRevertMoveTheProbeAndHandTypedChangesAreSeen(String id, String ns, List<String> apply, List<String> revert)
            throws Exception {
        LabShell.Outcome applied = shell.ok("fix apply --with-deps " + id);
        assertTrue(applied.out().contains(id + ": applied"), applied.out());
        assertTrue(applied.out().lines().anyMatch(l -> l.startsWith("[" + ns + "] ")), "shows the commands it runs: " + applied.out());
        assertEquals(FixState.APPLIED, states().get(id));

        shell.ok("fix revert --with-deps " + id);
        assertEquals(FixState.NOT_APPLIED, states().get(id));
        shell.ok("fix revert --all"); // a requirement applied along with it (app1-vip) goes too

        for (String line : apply) {
            Run.inNs(shell.ns(ns), line.split(" "));
        }
        assertEquals(FixState.APPLIED, states().get(id), "applied by hand");
        for (String line : revert) {
            Run.inNs(shell.ns(ns), line.split(" "));
        }
        assertEquals(Map.of(), notInState(FixState.NOT_APPLIED), "undone by hand");
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
