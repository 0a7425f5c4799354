package dev.mpsh.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.Style;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live tables on the fixed lab, with the real kernel: the built-in client talks to the VIP
 * through mpsh's own dispatcher while the session's collector watches client, app-1 and app-2.
 */
class SubflowsLabIT {
    private static final String END = "\u0000end";
    private String lab;
    private Session session;
    private final BlockingQueue<String> typed = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Thread client;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Run.Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
        ReferenceAnswer.apply(lab);
        ScenarioSource scenario = new ScenarioSource();
        session = new Session(lab);
        session.namespaces(new LabNamespaces(LabLayout.of(lab), scenario));
    }

    @AfterEach
    void tearDown() throws Exception {
        typed.add(END);
        if (client != null) {
            client.join(5000);
        }
        if (session != null) {
            FlowCollector.of(session).close();
        }
        if (lab != null && LabTests.missing() == null) {
            Run.mpsh(lab, "lab down");
        }
    }

    /** Starts the interactive client (client -addr VIP:80), fed from {@link #typed}. */
    private void startClient() {
        Dispatcher d = Commands.dispatcher(new dev.mpsh.ns.ChildProcessRunner());
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandContext ctx = new CommandContext(session, d.registry(), ps, ps, () -> {
            try {
                String l = typed.take();
                return l.equals(END) ? null : l;
            } catch (InterruptedException e) {
                return null;
            }
        }, new Cancellation(), Style.PLAIN, false);
        client = new Thread(() -> d.execute("client -addr 10.0.83.1:80", ctx), "test-client");
        client.start();
    }

    private String output() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private void send(String line) throws Exception {
        typed.add(line);
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (!output().contains("recv> " + line)) {
            assertTrue(System.currentTimeMillis() < deadline, "no echo of " + line + ": " + output());
            Thread.sleep(50);
        }
    }

    private FlowsSnapshot await(String what, Predicate<FlowsSnapshot> ok) throws Exception {
        FlowCollector c = FlowCollector.of(session);
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (true) {
            c.refreshInterfaces(c.defaults());
            FlowsSnapshot s = c.snapshot(c.defaults());
            if (ok.test(s)) {
                return s;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ":\n"
                        + String.join("\n", SubflowTable.lines(s, Style.PLAIN, 0)));
            }
            Thread.sleep(100);
        }
    }

    private static Connection clientConnection(FlowsSnapshot s) {
        List<Connection> open = s.namespace("client").connections().stream().filter(c -> !c.closed()).toList();
        return open.size() == 1 ? open.get(0) : null;
    }

    private static long open(Connection c) {
        return c.subflows().stream().filter(x -> !x.closed()).count();
    }

    @Test
    void oneConnectionShowsItsInitialSubflowTwoJoinsToOneBackendPortAndSurvivesEth1Down() throws Exception {
        FlowCollector collector = FlowCollector.of(session);
        collector.watch(collector.defaults());
        startClient();
        send("hello"); // the kernel adds subflows only after data went both ways

        FlowsSnapshot s = await("three subflows on the client", x -> {
            Connection c = clientConnection(x);
            return c != null && open(c) == 3 && c.subflows().stream().allMatch(f -> f.placement().backend() != null);
        });
        assertTrue(s.namespaces().stream().allMatch(n -> n.health().complete()), s.toString());
        Connection c = clientConnection(s);
        assertTrue(c.denyJoinId0(), "the backends set the C flag");
        SubflowInfo initial = c.subflows().get(0);
        assertTrue(initial.initial());
        assertEquals("10.0.83.1:80", initial.remote().toString());
        List<SubflowInfo> joins = c.subflows().subList(1, 3);
        assertTrue(joins.stream().noneMatch(SubflowInfo::initial));
        assertEquals(List.of("eth1", "eth2"), joins.stream().map(SubflowInfo::iface).sorted().toList());
        int port = joins.get(0).remote().port();
        assertTrue(port == 8081 || port == 8082, "joins go to an announced port: " + port);
        assertTrue(joins.stream().allMatch(j -> j.remote().toString().equals("10.0.83.1:" + port)), joins.toString());
        String backend = port == 8081 ? "app-1" : "app-2";
        for (SubflowInfo f : c.subflows()) {
            assertEquals(new Placement(Placement.Verdict.LANDED, backend), f.placement(), f.toString());
        }
        // the backend's own view: one server-side connection with the same three subflows
        List<Connection> there = s.namespace(backend).connections().stream().filter(x -> !x.closed()).toList();
        assertEquals(1, there.size(), there.toString());
        assertTrue(there.get(0).serverSide());
        assertEquals(c.subflows().stream().map(f -> f.remote() + " " + f.local()).toList(),
                there.get(0).subflows().stream().map(f -> f.local() + " " + f.remote()).toList());
        String other = backend.equals("app-1") ? "app-2" : "app-1";
        assertTrue(s.namespace(other).connections().isEmpty(), "the other backend has nothing");
        assertNotNull(initial.traffic(), "the built-in client's counters");
        assertTrue(initial.traffic().bytesSent() >= 6, initial.traffic().toString());

        SubflowInfo eth2Join = joins.stream().filter(j -> j.iface().equals("eth2")).findFirst().orElseThrow();
        Run.Outcome down = Run.command(300, "ip", "-n", ReferenceAnswer.ns(lab, "client"), "link", "set", "eth1", "down");
        assertEquals(0, down.status(), down.toString());
        for (int i = 0; i < 5; i++) {
            send("over eth2 " + i); // echo still works
        }
        FlowsSnapshot after = await("eth1 subflows marked down, eth2 carrying", x -> {
            Connection k = clientConnection(x);
            List<SubflowInfo> eth1 = k == null ? List.of()
                    : k.subflows().stream().filter(f -> "eth1".equals(f.iface())).toList();
            return !eth1.isEmpty() && eth1.stream().allMatch(f -> f.ifaceDown() || f.closed());
        });
        Connection k = clientConnection(after);
        assertEquals(ConnectionState.ESTABLISHED, k.state());
        SubflowInfo eth2Now = k.subflows().stream().filter(f -> f.local().equals(eth2Join.local())).findFirst().orElseThrow();
        assertFalse(eth2Now.closed());
        assertFalse(eth2Now.ifaceDown());
        assertTrue(eth2Now.traffic().bytesReceived() > eth2Join.traffic().bytesReceived(),
                "the echoes came back over eth2: " + eth2Join.traffic() + " -> " + eth2Now.traffic());
        String table = String.join("\n", SubflowTable.lines(after, Style.PLAIN, 0));
        assertTrue(table.contains("eth1 is down"), table);
    }
}
