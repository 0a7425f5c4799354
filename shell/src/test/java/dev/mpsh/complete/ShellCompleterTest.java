package dev.mpsh.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCompleterTest {
    private final Completions completions = new Completions();
    private final Session session = completions.session;

    private List<String> values(String line) {
        return completions.values(line);
    }

    @Test
    void firstWordOffersCommandsNamespacesAndPrograms() {
        assertEquals(List.of("help"), values("he"));
        assertEquals(List.of("app-1", "app-2"), values("ap"));
        assertTrue(values("").containsAll(List.of("ns", "enter", "source", "sh", "client", "LB", "ip")));
    }

    @Test
    void nsCompletesNamespaceNames() {
        assertEquals(List.of("app-1", "app-2"), values("ns ap"));
        assertEquals(List.of("client"), values("enter cl"));
        assertTrue(values("ns ").containsAll(List.of("-", "host", "Router")));
        assertEquals(List.of(), values("ns client "));
    }

    @Test
    void tuiCompletesItsOptionsOnceAndNamespacesAfterNs() {
        assertEquals(List.of("-addr", "-ns"), values("tui -"));
        assertEquals(List.of("-addr"), values("tui -ns client -"));
        assertTrue(values("tui -ns ").contains("app-1"), values("tui -ns ").toString());
        assertEquals(List.of(), values("tui -addr "));
    }

    @Test
    void clientCompletesItsOptionsValuesAndANamespaceRun() {
        assertEquals(List.of("--bulk", "--bytes", "--timeline", "-addr", "-msg", "-ns", "-timeout"), values("client -").stream().filter(v -> !v.equals("--interval")).toList());
        assertEquals(List.of("--bulk", "--bytes"), values("client --b"));
        assertEquals(List.of("--interval"), values("client --i"));
        assertTrue(values("client -addr ").contains("10.0.83.1:80"), values("client -addr ").toString());
        assertEquals(List.of("app-1", "app-2"), values("client -addr 10.0.83.1:80 -ns ap"));
        assertEquals(List.of("-msg", "-ns", "-timeout"), values("client -addr 10.0.83.1:80 -").stream().filter(v -> !v.startsWith("--")).toList());
        // 'client ip …' runs ip in the client namespace: its interfaces complete.
        assertEquals(List.of("eth1", "eth2"), values("client ip link show dev eth"));
    }

    @Test
    void drillAndLabShapeCompleteTheScenariosWans() {
        assertEquals(List.of("blackhole", "backup"), values("drill b"));
        assertEquals(List.of("eth1", "eth2"), values("drill wan-down eth"));
        assertEquals(List.of("--at"), values("drill wan-down eth1 --a"));
        assertEquals(List.of(), values("drill restore "));
        assertEquals(List.of("shape"), values("lab sh"));
        assertEquals(List.of("eth1", "eth2", "--clear"), values("lab shape "));
        assertTrue(values("lab shape eth1 ").contains("50mbit"), values("lab shape eth1 ").toString());
        assertEquals(List.of("eth1", "eth2"), values("lab shape --clear "));
    }

    @Test
    void monitorCompletesOneNamespaceAndRecordItsSubcommands() {
        assertEquals(List.of("app-1", "app-2"), values("monitor ap"));
        assertEquals(List.of(), values("monitor client "));
        assertTrue(values("record ").containsAll(List.of("start", "stop", "export")));
        assertEquals(List.of("--cast"), values("record export --"));
        assertTrue(values("replay --d").contains("--dry-run"));
        // The shipped recordings by name (MPSH_HOME is the repository in the build).
        assertEquals(List.of("solution"), values("replay sol"));
    }

    @Test
    void subflowsAndWatchCompleteEachNamespaceOnce() {
        assertEquals(List.of("app-1", "app-2"), values("subflows ap"));
        assertEquals(List.of("app-2"), values("watch client app-1 app-"));
        assertEquals(List.of(), values("subflows client cl"));
        assertEquals(List.of("--netns", "--host", "--wide", "--json"), values("subflows -"));
        assertEquals(List.of("--netns", "--host", "--json", "--"), values("counters --all -"));
        assertEquals(List.of("-addr"), values("counters -- client -a"), "after --, the command it runs");
        assertEquals(List.of("--netns", "--host"), values("monitor --"));
    }

    @Test
    void ipCompletesObjectsVerbsAndMptcp() {
        assertEquals(List.of("mptcp"), values("ip mp"));
        assertEquals(List.of("endpoint", "limits", "monitor"), values("ip mptcp "));
        assertEquals(List.of("show", "add", "del", "change", "flush"), values("ip mptcp endpoint "));
        assertEquals(List.of("subflow", "signal"), values("ip mptcp endpoint add 10.0.81.10 dev eth1 s"));
        assertEquals(List.of("subflow", "add_addr_accepted"), values("ip mptcp limits set "));
        assertEquals(List.of("address", "link", "route", "rule"), values("ip -br ").subList(0, 4));
        assertEquals(List.of("show", "add", "del", "flush"), values("ip a "));
    }

    @Test
    void interfaceNamesComeFromTheNamespaceTheCommandRunsIn() {
        session.namespace("client");
        assertEquals(List.of("eth1", "eth2"), values("ip link set dev eth"));
        assertEquals(List.of("eth1", "eth2"), values("tcpdump -ni e"));
        assertEquals(List.of("veth-lb-rt", "veth-lb-br"), values("LB tcpdump -i veth"));
        assertEquals(List.of("veth-app1"), values("app-1 ip addr show dev v"));
    }

    @Test
    void labAddressesAfterVia() {
        assertEquals(List.of("10.0.84.11", "10.0.84.12"), values("ip route add default via 10.0.84.1"));
    }

    @Test
    void sysctlCompletesOneLevelAtATimeWithTheTargetsInterfaces() {
        assertEquals(List.of("net.mptcp."), values("sysctl -w net.mp"));
        List<String> conf = values("LB sysctl net.ipv4.conf.");
        assertTrue(conf.containsAll(List.of("net.ipv4.conf.all.", "net.ipv4.conf.default.",
                "net.ipv4.conf.veth-lb-rt.", "net.ipv4.conf.veth-lb-br.")), conf.toString());
        assertEquals(List.of("net.ipv4.conf.veth-lb-rt.accept_local"), values("LB sysctl -w net.ipv4.conf.veth-lb-rt.accept_l"));
        assertEquals(List.of(), values("sysctl -w net.mptcp.enabled=1"));
    }

    @Test
    void shCompletesAsOnTheHost() {
        assertEquals(List.of("mptcp"), values("sh ip mp"));
    }

    @Test
    void sourceCompletesFileNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fixes.mpsh"), "ns client\n");
        Files.createDirectory(dir.resolve("more"));
        assertEquals(List.of(dir + "/fixes.mpsh"), values("source " + dir + "/fi"));
        assertEquals(List.of(dir + "/more/"), values("source " + dir + "/mo"));
    }

    @Test
    void onlyTheStatementAtTheCursorCountsAndCommentsCompleteNothing() {
        assertEquals(List.of("mptcp"), values("ns client; ip mp"));
        assertEquals(List.of(), values("ip addr # ip mp"));
    }

    @Test
    void fixCompletesSubcommandsThenFixIdsNotYetTyped() {
        assertEquals(List.of("apply"), values("fix ap"));
        assertEquals(List.of("app1-signal"), values("fix apply app1-si"));
        assertEquals(List.of("app2-vip"), values("fix apply app1-vip app2-v"));
        assertEquals(List.of(), values("fix apply app1-vip app1-v"));
        assertEquals(List.of("--with-deps"), values("fix apply --wi"));
        assertEquals(List.of(), values("fix show app1-vip app"));
    }

    @Test
    void ipDashNCompletesNamespacesAndThenRunsThere() {
        List<String> netns = List.of("t1-client", "t1-Router", "t1-LB", "t1-switch", "t1-app-1", "t1-app-2");
        assertEquals(netns.stream().sorted().toList(), values("ip -n ").stream().sorted().toList());
        assertEquals(List.of("t1-app-1", "t1-app-2"), values("ip -n t1-app"));
        assertEquals(List.of("veth-app1"), values("ip -n t1-app-1 addr show dev veth"));
        assertEquals(List.of("veth-app2"), values("ip -netns t1-app-2 link set dev v"));
        // without -n the host's interfaces, which are none of the lab's
        assertEquals(List.of(), values("ip addr show dev veth-app"));
    }

    @Test
    void ipNetnsExecCompletesNamespacesThenTheCommandRunThere() {
        assertEquals(List.of("exec"), values("ip netns e"));
        assertEquals(List.of("t1-client"), values("ip netns exec t1-c"));
        assertEquals(List.of("eth1", "eth2"), values("ip netns exec t1-client ip link show dev eth"));
        assertEquals(List.of("mptcp"), values("ip netns exec t1-client ip mp"));
        assertTrue(values("ip netns exec t1-client ").contains("ip"), values("ip netns exec t1-client ").toString());
        assertEquals(List.of(), values("ip netns exec t1-client ").stream().filter(v -> v.startsWith("t1-")).toList());
    }
}
