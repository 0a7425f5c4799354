package dev.mpsh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.TwoNamespaces;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.testing.LabTests;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client and monitor commands against a real MPTCP echo server in a second namespace. */
class ClientCommandLabTest {
    private static TwoNamespaces lab;
    private static NetNs server;
    private static MptcpSocket listener;

    @BeforeAll
    static void up() throws IOException {
        LabTests.requireLab();
        lab = new TwoNamespaces();
        server = NetNs.open(lab.b);
        listener = MptcpSocket.listen(server, new InetSocketAddress("0.0.0.0", 80), 16);
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    MptcpSocket c = listener.accept();
                    new Thread(() -> {
                        try (c) {
                            byte[] b = new byte[4096];
                            for (int n; (n = c.read(b, 0, b.length)) > 0; ) {
                                c.write(b, 0, n);
                            }
                        } catch (IOException ignored) {
                            // the client went away
                        }
                    }).start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void down() {
        if (listener != null) {
            listener.close();
        }
        if (server != null) {
            server.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    private CommandHarness harness() {
        return new CommandHarness().lab(Map.of("client", lab.a, "app-1", lab.b));
    }

    @Test
    void interactiveModeEchoesEachLineUntilEof() {
        CommandHarness h = harness();
        ArrayDeque<String> lines = new ArrayDeque<>(List.of("hello!", "world!"));
        h.in = lines::poll;
        assertEquals(0, h.run("client -addr " + lab.addrB + ":80"), h.err());
        assertEquals(String.join("\n",
                "connected to " + lab.addrB + ":80 with mptcp: true",
                "entering interactive mode; type messages and press Enter to send",
                "press Ctrl+D (EOF) to exit",
                "--------------------------------------------------------",
                "recv> hello!",
                "recv> world!", ""), h.out());
    }

    @Test
    void msgSendsOnceAndWorksWithJson() {
        CommandHarness h = harness();
        assertEquals(0, h.run("client -addr " + lab.addrB + ":80 -msg 'hi there'"), h.err());
        assertEquals("connected to " + lab.addrB + ":80 with mptcp: true\nrecv> hi there\n", h.out());
        CommandHarness j = harness();
        assertEquals(0, j.run("client -addr " + lab.addrB + ":80 -msg x --json"), j.err());
        assertEquals("{\"schema\":1,\"address\":\"" + lab.addrB + ":80\",\"mptcp\":true,\"sent\":\"x\",\"received\":\"x\"}\n", j.out());
    }

    @Test
    void refusedAndTimedOutAreOneLine() {
        CommandHarness h = harness();
        assertEquals(1, h.run("client -addr " + lab.addrB + ":81"));
        String nobody = lab.addrB.substring(0, lab.addrB.lastIndexOf('.')) + ".99";
        assertEquals(1, h.run("client -addr " + nobody + ":80 -timeout 500ms"));
        assertEquals("client: cannot connect to " + lab.addrB + ":81: connection refused\n"
                + "client: cannot connect to " + nobody + ":80: timed out after 500ms\n", h.err());
    }

    @Test
    void ctrlCStopsAWaitingConnectAndABlockedRead() throws Exception {
        CommandHarness h = harness();
        String nobody = lab.addrB.substring(0, lab.addrB.lastIndexOf('.')) + ".98";
        CompletableFuture<Integer> st = CompletableFuture.supplyAsync(() -> h.run("client -addr " + nobody + ":80 -timeout 30m"));
        awaitTrue("the connect waits for Ctrl-C", h.cancellation::armed);
        h.cancellation.cancel();
        assertEquals(130, st.get(5, TimeUnit.MINUTES));

        // a listener that never accepts: the connection completes in its backlog, the echo never comes
        try (MptcpSocket silent = MptcpSocket.listen(server, new InetSocketAddress("0.0.0.0", 82), 4)) {
            CommandHarness r = harness();
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> r.run("client -addr " + lab.addrB + ":82 -msg hello"));
            // connected (the kernel lists it established), so the client now waits for the echo
            awaitTrue("the connection to :82 established", () -> r.cancellation.armed() && established(82));
            assertTrue(!read.isDone(), "waits for the echo");
            r.cancellation.cancel();
            assertEquals(130, read.get(5, TimeUnit.MINUTES));
            assertEquals("", r.err());
        }
    }

    @Test
    void monitorPrintsTheConnectionUntilCtrlC() throws Exception {
        CommandHarness mon = harness();
        CompletableFuture<Integer> st = CompletableFuture.supplyAsync(() -> mon.run("monitor"));
        awaitTrue("monitor subscribed", mon.cancellation::armed); // its hook follows the subscription
        CommandHarness c = harness();
        assertEquals(0, c.run("client -addr " + lab.addrB + ":80 -msg ping"), c.err());
        awaitTrue("CLOSED printed", () -> mon.out().contains("[        CLOSED]"));
        mon.cancellation.cancel();
        assertEquals(0, st.get(5, TimeUnit.MINUTES), mon.err());
        String[] lines = mon.out().split("\n");
        assertTrue(lines[0].matches("\\[       CREATED\\] token=[0-9a-f]{8} remid=0 locid=0 saddr4=" + lab.addrA.replace(".", "\\.")
                + " daddr4=" + lab.addrB.replace(".", "\\.") + " sport=\\d+ dport=80"), mon.out());
        assertTrue(lines[1].startsWith("[   ESTABLISHED]"), mon.out());
        assertTrue(mon.out().contains("[        CLOSED] token="), mon.out());
    }

    /** Polls until the condition holds; only a hang reaches the five-minute ceiling. */
    private static void awaitTrue(String what, java.util.function.BooleanSupplier cond) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (!cond.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    /** Whether the client side has an established TCP connection to the port (ss in its namespace). */
    private boolean established(int port) {
        dev.mpsh.testing.Run.Outcome o = dev.mpsh.testing.Run.command(300, "ip", "netns", "exec", lab.a, "ss", "-Htn", "state", "established",
                "dport", "= :" + port);
        return o.status() == 0 && !o.out().isBlank();
    }
}
