package dev.mpsh.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Fix;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Probe;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.api.ScenarioPlugins;
import dev.mpsh.api.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped scenario, loaded the way the engine loads it, against DESIGN §1.1 and §1.3. */
class HandoverScenarioTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        ScenarioPlugin plugin = ScenarioPlugins.byId("handover", HandoverScenarioTest.class.getClassLoader()).orElseThrow();
        scenario = plugin.scenario();
    }

    @Test
    void hasTheSixNamespacesInOrder() {
        assertEquals(List.of("client", "Router", "LB", "switch", "app-1", "app-2"), scenario.namespaces());
    }

    @Test
    void everyAddressOfTheTopologyTableIsConfigured() {
        Map<String, Set<String>> expected = Map.of(
                "client", Set.of("eth1 10.0.81.10/24", "eth2 10.0.82.10/24"),
                "Router", Set.of("veth-rt-wifi 10.0.81.1/24", "veth-rt-cell 10.0.82.1/24", "veth-rt-lb 10.0.80.1/30"),
                "LB", Set.of("veth-lb-rt 10.0.80.2/30", "veth-lb-br 10.0.84.1/24", "lo 10.0.83.1/32"),
                "switch", Set.of(),
                "app-1", Set.of("veth-app1 10.0.84.11/24"),
                "app-2", Set.of("veth-app2 10.0.84.12/24"));
        for (String ns : scenario.namespaces()) {
            Set<String> actual = setup(ns, "ip", "addr", "add").stream()
                    .map(w -> w.get(5) + " " + w.get(3)).collect(Collectors.toSet());
            assertEquals(expected.get(ns), actual, "addresses in " + ns);
        }
    }

    @Test
    void vethPairsJoinTheNamespacesAsTheTableSays() {
        Set<String> pairs = scenario.setup().stream()
                .filter(c -> c.words().size() > 10 && c.words().subList(0, 3).equals(List.of("ip", "link", "add"))
                        && c.words().get(5).equals("veth"))
                .map(c -> c.namespace() + ":" + c.words().get(3) + " " + c.words().get(10).replaceAll("[{}]|ns:", "")
                        + ":" + c.words().get(8))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "Router:veth-rt-wifi client:eth1", "Router:veth-rt-cell client:eth2", "Router:veth-rt-lb LB:veth-lb-rt",
                "switch:sw-lb LB:veth-lb-br", "switch:sw-app1 app-1:veth-app1", "switch:sw-app2 app-2:veth-app2"), pairs);
        assertEquals(Set.of("sw-lb", "sw-app1", "sw-app2"), setup("switch", "ip", "link", "set").stream()
                .filter(w -> w.contains("master")).map(w -> w.get(3)).collect(Collectors.toSet()));
        assertTrue(setup("switch", "ip", "link", "add").stream().anyMatch(w -> w.equals(List.of("ip", "link", "add", "br0", "type", "bridge"))));
    }

    @Test
    void routesAndSourceRoutingFollowTheTable() {
        assertEquals(List.of(
                List.of("ip", "route", "add", "default", "via", "10.0.81.1", "dev", "eth1", "metric", "100"),
                List.of("ip", "route", "add", "default", "via", "10.0.82.1", "dev", "eth2", "metric", "200"),
                List.of("ip", "route", "add", "default", "via", "10.0.81.1", "dev", "eth1", "table", "101"),
                List.of("ip", "route", "add", "default", "via", "10.0.82.1", "dev", "eth2", "table", "102")),
                setup("client", "ip", "route", "add"));
        assertEquals(List.of(
                List.of("ip", "rule", "add", "from", "10.0.81.10", "table", "101"),
                List.of("ip", "rule", "add", "from", "10.0.82.10", "table", "102")), setup("client", "ip", "rule", "add"));
        assertEquals(List.of(
                List.of("ip", "route", "add", "10.0.83.0/24", "via", "10.0.80.2"),
                List.of("ip", "route", "add", "10.0.84.0/24", "via", "10.0.80.2")), setup("Router", "ip", "route", "add"));
        assertEquals(List.of(List.of("ip", "route", "add", "default", "via", "10.0.80.1")), setup("LB", "ip", "route", "add"));
        assertEquals(List.of(List.of("ip", "route", "add", "default", "via", "10.0.84.1")), setup("app-1", "ip", "route", "add"));
        assertEquals(List.of(List.of("ip", "route", "add", "default", "via", "10.0.84.1")), setup("app-2", "ip", "route", "add"));
    }

    @Test
    void rpFilterIsOffEverywhereAndOnlyRouterAndLbForward() {
        for (String ns : scenario.namespaces()) {
            List<String> sysctl = setup(ns, "sysctl").stream().flatMap(List::stream).toList();
            assertTrue(sysctl.contains("net.ipv4.conf.all.rp_filter=0") && sysctl.contains("net.ipv4.conf.default.rp_filter=0"), ns);
            assertEquals(ns.equals("Router") || ns.equals("LB"), sysctl.contains("net.ipv4.ip_forward=1"), ns);
        }
    }

    @Test
    void theLbForwardsInNetdevIngressOnItsRouterSide() {
        List<String> nft = setup("LB", "nft").stream().map(w -> String.join(" ", w.subList(1, w.size()))).toList();
        assertEquals(List.of(
                "add table netdev lb",
                "add chain netdev lb ingress { type filter hook ingress device veth-lb-rt priority 0 ; }",
                "add rule netdev lb ingress ip daddr 10.0.83.1 tcp dport 80 fwd ip to jhash ip saddr . tcp sport mod 2 map { 0 : 10.0.84.11, 1 : 10.0.84.12 } device veth-lb-br",
                "add rule netdev lb ingress ip daddr 10.0.83.1 tcp dport 8081 fwd ip to 10.0.84.11 device veth-lb-br",
                "add rule netdev lb ingress ip daddr 10.0.83.1 tcp dport 8082 fwd ip to 10.0.84.12 device veth-lb-br"), nft);
    }

    @Test
    void twoEchoServersListenOnPort80() {
        assertEquals(List.of(new Server("app-1", "app-1", "echo", "0.0.0.0", 80),
                new Server("app-2", "app-2", "echo", "0.0.0.0", 80)), scenario.servers());
    }

    @Test
    void theFixCatalogIsTheReferenceAnswer() {
        assertEquals(List.of("client-endpoints", "client-limits", "lb-accept-local",
                "app1-deny-join-initial", "app1-limits", "app1-vip", "app1-arp", "app1-signal",
                "app2-deny-join-initial", "app2-limits", "app2-vip", "app2-arp", "app2-signal"),
                scenario.fixes().stream().map(Fix::id).toList());
        Fix signal2 = scenario.fix("app2-signal").orElseThrow();
        assertEquals("app-2", signal2.namespace());
        assertEquals(List.of("ip", "mptcp", "endpoint", "add", "10.0.83.1", "dev", "veth-app2", "port", "8082", "signal"),
                signal2.apply().get(0).words());
        assertEquals(List.of("app2-vip"), signal2.requires());
        assertEquals(List.of(new Probe.Endpoint("app-2", "10.0.83.1", "veth-app2", 8082, Set.of("signal"))), signal2.probes());
        assertEquals(List.of(new Probe.Sysctl("LB", "net.ipv4.conf.all.accept_local", "1"),
                new Probe.Sysctl("LB", "net.ipv4.conf.veth-lb-rt.accept_local", "1"),
                new Probe.Sysctl("LB", "net.ipv4.conf.veth-lb-br.accept_local", "1")),
                scenario.fix("lb-accept-local").orElseThrow().probes());
        for (Fix f : scenario.fixes()) {
            assertTrue(!f.title().ja().equals(f.title().en()) && !f.explanation().ja().isBlank(), f.id());
        }
    }

    @Test
    void everyFixSaysWhatGoesWrongWithoutIt() {
        for (Fix f : scenario.fixes()) {
            assertTrue(f.symptom() != null && !f.symptom().en().isBlank() && !f.symptom().ja().isBlank(), f.id());
        }
        assertEquals(List.of(new dev.mpsh.api.Evidence("capture", "LB", List.of("veth-lb-br", "tcp and src host 10.0.83.1")),
                new dev.mpsh.api.Evidence("capture", "LB", List.of("veth-lb-rt", "tcp and src host 10.0.83.1")),
                // the backends count the MP_CAPABLE SYNs, the client never a SYN-ACK
                new dev.mpsh.api.Evidence("counter", "app-1", List.of("MPTcpExt:MPCapableSYNRX")),
                new dev.mpsh.api.Evidence("counter", "app-2", List.of("MPTcpExt:MPCapableSYNRX")),
                new dev.mpsh.api.Evidence("counter", "client", List.of("MPTcpExt:MPCapableSYNACKRX"))),
                scenario.fix("lb-accept-local").orElseThrow().evidence());
    }

    @Test
    void theCheckGradesTheEndStateOfTheDesign() {
        dev.mpsh.api.Check c = scenario.check();
        assertEquals("client", c.namespace());
        assertEquals("10.0.83.1:80", c.address() + ":" + c.port());
        assertEquals(List.of(new dev.mpsh.api.Check.Backend("app-1", 8081), new dev.mpsh.api.Check.Backend("app-2", 8082)), c.backends());
        assertEquals(List.of("connect", "initial-subflow", "join-port", "join-interfaces", "backends", "probes"),
                c.criteria().stream().map(dev.mpsh.api.Criterion::kind).toList());
        assertEquals(List.of("eth1", "eth2"), c.criteria().get(3).args());
        dev.mpsh.api.Criterion arp = c.criteria().get(5);
        assertTrue(arp.bonus());
        assertEquals(50, arp.points());
        assertEquals(100, c.criteria().stream().filter(x -> !x.bonus()).mapToInt(dev.mpsh.api.Criterion::points).sum());
    }

    /** Setup commands in ns that start with these words. */
    @Test
    void theWansAreTheClientsVethPairsToTheRouterAndTrafficGoesToTheVip() {
        assertEquals(List.of(
                new dev.mpsh.api.Wan("client", "eth1", "10.0.81.10", "Router", "veth-rt-wifi", "Wi-Fi"),
                new dev.mpsh.api.Wan("client", "eth2", "10.0.82.10", "Router", "veth-rt-cell", "cellular")),
                scenario.wans().links());
        for (var w : scenario.wans().links()) {
            // the peer end is made in the router with the client's device as its veth peer
            assertTrue(setup(w.peerNamespace(), "ip", "link", "add", w.peerDevice(), "type", "veth", "peer", "name", w.device()).size() == 1, w.toString());
            assertTrue(setup(w.namespace(), "ip", "addr", "add", w.address() + "/24", "dev", w.device()).size() == 1, w.toString());
        }
        assertEquals(scenario.check().address() + ":" + scenario.check().port(), scenario.wans().target());
    }

    private static List<List<String>> setup(String ns, String... prefix) {
        List<List<String>> out = new ArrayList<>();
        for (NsCommand c : scenario.setup()) {
            if (c.namespace().equals(ns) && c.words().size() >= prefix.length
                    && c.words().subList(0, prefix.length).equals(List.of(prefix))) {
                out.add(c.words());
            }
        }
        return out;
    }
}
