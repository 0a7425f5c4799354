package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import dev.mpsh.testing.LabTests;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import dev.mpsh.api.Scenario;
import dev.mpsh.testing.LabShell;

/** A real lab, built and removed through the dispatcher exactly as a user's 'lab' commands are. */
class LabLifecycleTest {
    private LabHarness lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = new LabHarness(LabTests.uniqueLabName());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lab != null) {
            lab.cleanUp();
        }
    }

    @Test
    void upBuildsTheTopologyStartsBothServersAndDownLeavesNothing() throws Exception {
        LabHarness.Run up = lab.run("lab up");
        assertEquals(0, up.status(), up.err());
        assertTrue(up.out().startsWith("lab '" + lab.lab + "' is up: 6 namespaces, 2 servers"), up.out());

        Map<String, Set<String>> expected = new TreeMap<>(LabHarness.TOPOLOGY);
        assertEquals(expected, LabHarness.topologyOf(lab));
        String rules = LabHarness.sh("ip", "netns", "exec", lab.layout().netnsName("LB"), "nft", "list", "ruleset");
        assertTrue(rules.contains("tcp dport 80 fwd ip to jhash ip saddr . tcp sport mod 2 map { 0 : 10.0.84.11, 1 : 10.0.84.12 } device \"veth-lb-br\""), rules);
        assertEquals("0", LabHarness.sh("ip", "netns", "exec", lab.layout().netnsName("client"), "sysctl", "-n", "net.ipv4.conf.eth1.rp_filter").trim());

        List<long[]> servers = lab.recordedServers();
        List<Long> inodes = lab.recordedNetnsInodes();
        assertEquals(6, inodes.size());
        assertEquals(2, servers.size());
        LabNamespaces view = new LabNamespaces(lab.layout(), new ScenarioSource());
        assertTrue(view.labUp());
        assertEquals(List.of("client", "Router", "LB", "switch", "app-1", "app-2"), view.names());
        assertEquals(lab.lab + "-app-1", view.netnsName("app-1"));
        assertTrue(view.addresses().containsAll(List.of("10.0.83.1", "10.0.84.11", "10.0.84.12", "10.0.81.10")), view.addresses().toString());
        for (String server : List.of("app-1", "app-2")) {
            String ss = LabHarness.sh("ss", "-N", lab.layout().netnsName(server), "-Hltn", "sport = :80");
            assertFalse(ss.isBlank(), server + " does not listen on :80");
            // The server writes its log line just after it starts listening: wait for it (minutes at most).
            LabHarness.Run logs = lab.run("lab logs " + server);
            long deadline = System.currentTimeMillis() + 5 * 60_000;
            while (!logs.out().contains("listening") && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
                logs = lab.run("lab logs " + server);
            }
            assertEquals(0, logs.status(), logs.err());
            assertTrue(logs.out().contains(server + " listening on 0.0.0.0:80"), "log of " + server + ": " + logs.out());
        }

        LabHarness.Run again = lab.run("lab up");
        assertEquals(1, again.status());
        assertEquals(List.of("lab: lab '" + lab.lab + "' is already up; 'lab reset' rebuilds it broken, 'lab down' removes it"), again.errLines());
        assertEquals(servers.stream().map(p -> p[0]).toList(), lab.recordedServerPids(), "a refused 'lab up' changed the lab");

        LabHarness.Run down = lab.run("lab down");
        assertEquals(0, down.status(), down.err());
        lab.assertNothingLeft(servers);
        LabHarness.assertNoProcessIn(inodes);
        assertFalse(view.labUp());

        LabHarness.Run downAgain = lab.run("lab down");
        assertEquals(1, downAgain.status());
        assertEquals(List.of("lab: no lab '" + lab.lab + "' is up; nothing to remove ('lab up' builds it)"), downAgain.errLines());
        assertEquals(List.of("lab: no log for app-1: lab '" + lab.lab + "' is not up; 'lab up' starts it"), lab.run("lab logs app-1").errLines());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.mpsh.testing.TestScenarios#ids")
    void everyScenarioComesUpWithItsNamespacesAndServersAndGoesDownLeavingNothing(String id) throws Exception {
        LabShell shell = new LabShell(lab.lab, id);
        Scenario sc = shell.scenario();
        LabShell.Outcome up = shell.ok("lab up");
        int n = sc.servers().size();
        assertTrue(up.out().startsWith("lab '" + lab.lab + "' is up: " + sc.namespaces().size() + " namespaces, " + n
                + (n == 1 ? " server (" : " servers (")), up.out());
        Set<String> netns = new java.util.TreeSet<>();
        sc.namespaces().forEach(ns -> netns.add(lab.layout().netnsName(ns)));
        assertEquals(netns, lab.namespacesNow());
        String status = shell.ok("lab status --json").out();
        assertTrue(status.contains("\"scenario\":\"" + id + "\",\"state\":\"up\""), status);
        assertEquals(n, status.split("\"accepting\":true", -1).length - 1, "every server accepts: " + status);
        assertTrue(new LabShell(lab.lab).ok("lab status").out().startsWith("lab " + lab.lab + " (" + id + "): up"),
                "a shell that names no scenario gets the lab's own");
        List<long[]> servers = lab.recordedServers();
        assertEquals(n, servers.size());
        shell.ok("lab down");
        lab.assertNothingLeft(servers);
    }

    @Test
    void verboseUpShowsEachCommandAsTypedOnTheHost() throws Exception {
        LabHarness.Run up = lab.run("lab up -v");
        assertEquals(0, up.status(), up.err());
        String r = lab.layout().netnsName("Router");
        assertTrue(up.out().contains("+ ip netns add " + r + "\n"), up.out());
        assertTrue(up.out().contains("+ ip -n " + r + " link add veth-rt-wifi type veth peer name eth1 netns "
                + lab.layout().netnsName("client") + "\n"), up.out());
        assertTrue(up.out().contains("+ ip netns exec " + lab.layout().netnsName("LB")
                + " nft 'add rule netdev lb ingress ip daddr 10.0.83.1 tcp dport 8081 fwd ip to 10.0.84.11 device veth-lb-br'\n"), up.out());
        List<long[]> servers = lab.recordedServers();
        LabHarness.Run down = lab.run("lab down -v");
        assertTrue(down.out().contains("+ ip netns del " + r + "\n"), down.out());
        lab.assertNothingLeft(servers);
    }

    @Test
    void upRefusesAForeignNamespaceAndBuildsNothing() throws Exception {
        String client = lab.layout().netnsName("client");
        LabHarness.sh("ip", "netns", "add", client);
        LabHarness.Run up = lab.run("lab up");
        assertEquals(1, up.status());
        assertEquals(List.of("lab: namespace '" + client + "' exists but was not created by mpsh's lab '" + lab.lab
                + "'; remove it with 'ip netns del " + client + "' or use another lab name (--lab NAME)"), up.errLines());
        assertEquals(Set.of(client), lab.namespacesNow());
        assertFalse(Files.exists(lab.layout().stateFile()));
        assertEquals(List.of("lab: no lab '" + lab.lab + "' is up; nothing to remove ('lab up' builds it)"), lab.run("lab down").errLines());
        assertEquals(Set.of(client), lab.namespacesNow(), "lab down touched a namespace mpsh did not create");
    }

    @Test
    void downLeavesAloneANamespaceReplacedBehindItsBack() throws Exception {
        assertEquals(0, lab.run("lab up").status());
        List<long[]> servers = lab.recordedServers();
        String app2 = lab.layout().netnsName("app-2");
        LabHarness.sh("ip", "netns", "del", app2);
        LabHarness.sh("ip", "netns", "add", app2);

        LabHarness.Run down = lab.run("lab down");
        assertEquals(1, down.status());
        assertEquals(List.of("lab: left namespace " + app2 + " alone: it was not created by this lab; remove it with 'ip netns del "
                + app2 + "' if it is yours"), down.errLines());
        assertEquals(Set.of(app2), lab.namespacesNow());
        LabHarness.sh("ip", "netns", "del", app2);
        lab.assertNothingLeft(servers);
    }

    @Test
    void aServerThatDiesIsReportedAndEverythingBuiltIsRolledBack() throws Exception {
        System.setProperty(ServerLauncher.ECHO_MAIN_PROPERTY, ExitingServer.class.getName());
        try {
            LabHarness.Run up = lab.run("lab up");
            assertEquals(1, up.status());
            assertEquals(1, up.errLines().size(), up.err());
            // Both servers die; whichever is noticed first is named.
            assertTrue(up.err().matches("lab: server app-[12] exited while starting: no port for you; nothing was left behind\\s*"), up.err());
            assertTrue(up.err().trim().endsWith("; nothing was left behind"), up.err());
            lab.assertNothingLeft(List.of());
        } finally {
            System.clearProperty(ServerLauncher.ECHO_MAIN_PROPERTY);
        }
    }

    @Test
    void upWithoutTheEchoServerOnTheClassPathSaysSoAndBuildsNothing() throws Exception {
        System.setProperty(ServerLauncher.ECHO_MAIN_PROPERTY, "no.such.EchoMain");
        try {
            LabHarness.Run up = lab.run("lab up");
            assertEquals(1, up.status());
            assertEquals(List.of("lab: the echo server no.such.EchoMain is not on mpsh's class path; reinstall mpsh"), up.errLines());
            lab.assertNothingLeft(List.of());
        } finally {
            System.clearProperty(ServerLauncher.ECHO_MAIN_PROPERTY);
        }
    }

    @Test
    void ctrlCDuringUpRemovesWhatWasBuilt() throws Exception {
        LabEngine engine = new LabEngine(lab.layout(), new ScenarioSource());
        int[] steps = {0};
        // Cancel once the namespaces exist and a few setup commands have run.
        CommandException e = org.junit.jupiter.api.Assertions.assertThrows(CommandException.class,
                () -> engine.up(line -> { }, () -> ++steps[0] > 5));
        assertEquals("lab up was interrupted (Ctrl-C); nothing was left behind", e.getMessage());
        assertEquals(130, e.status());
        lab.assertNothingLeft(List.of());
    }

    /**
     * A build lets go of the host's lock once its network is set up: while one lab's servers are
     * held back from listening, a second lab is built whole, and the first then finishes too.
     */
    @Test
    void whileOneLabsServersStartAnotherLabIsBuilt() throws Exception {
        LabHarness other = new LabHarness(LabTests.uniqueLabName());
        List<java.nio.file.Path> gates = List.of(GatedServer.gate(lab.layout().netnsName("app-1")),
                GatedServer.gate(lab.layout().netnsName("app-2")));
        System.setProperty(ServerLauncher.ECHO_MAIN_PROPERTY, GatedServer.class.getName());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (java.nio.file.Path g : gates) {
                Files.deleteIfExists(g);
                Files.createFile(g);
            }
            java.util.concurrent.Future<LabHarness.Run> first = pool.submit(() -> lab.run("lab up"));
            // Its servers are started (and recorded) while it holds the host's lock.
            long ceiling = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (lab.recordedServers().size() < 2 && !first.isDone() && System.nanoTime() < ceiling) {
                Thread.sleep(10);
            }
            assertFalse(first.isDone(), "the first lab's build ended before its gated servers could listen");

            LabHarness.Run second = other.run("lab up");
            assertEquals(0, second.status(), second.err());
            assertFalse(first.isDone(), "the second lab was built only after the first had finished");

            for (java.nio.file.Path g : gates) {
                Files.delete(g);
            }
            LabHarness.Run up = first.get(5, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(0, up.status(), up.err());
            assertTrue(up.out().startsWith("lab '" + lab.lab + "' is up: 6 namespaces, 2 servers"), up.out());
        } finally {
            System.clearProperty(ServerLauncher.ECHO_MAIN_PROPERTY);
            for (java.nio.file.Path g : gates) {
                Files.deleteIfExists(g);
            }
            pool.shutdown();
            other.cleanUp();
        }
        List<long[]> servers = lab.recordedServers();
        assertEquals(0, lab.run("lab down").status());
        lab.assertNothingLeft(servers);
    }

    /**
     * A stand-in echo server that does not listen while its gate file exists: the file is named
     * after the namespace it runs in ({@code ip netns identify}), so a test holds back one lab's servers.
     */
    public static final class GatedServer {
        static java.nio.file.Path gate(String netns) {
            return java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "mpsh-gate-" + netns);
        }

        public static void main(String[] args) throws Exception {
            String listen = args[java.util.Arrays.asList(args).indexOf("--listen") + 1];
            int port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
            Process p = new ProcessBuilder("ip", "netns", "identify", String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start();
            String netns = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            p.waitFor();
            while (Files.exists(gate(netns))) {
                Thread.sleep(10);
            }
            try (java.net.ServerSocket server = new java.net.ServerSocket(port)) {
                while (true) {
                    server.accept().close();
                }
            }
        }
    }

    /** A server that fails at once, as a broken install would. */
    public static final class ExitingServer {
        public static void main(String[] args) {
            System.err.println("no port for you");
            System.exit(3);
        }
    }
}
