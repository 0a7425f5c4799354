package dev.mpsh.mptcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.TwoNamespaces;
import dev.mpsh.testing.LabTests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PathManagerLabTest {
    private TwoNamespaces lab;

    @BeforeEach
    void up() throws IOException {
        LabTests.requireLab();
        lab = new TwoNamespaces();
    }

    @AfterEach
    void down() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void endpointsAndLimitsAreWhatIpConfigured() throws IOException {
        String extra = lab.addrA.substring(0, lab.addrA.lastIndexOf('.')) + ".3";
        TwoNamespaces.ip("-n", lab.a, "addr", "add", extra + "/32", "dev", "lo");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "endpoint", "add", lab.addrA, "dev", "veth-a", "subflow", "fullmesh");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "endpoint", "add", extra, "id", "7", "port", "6000", "signal");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "endpoint", "add", "fd00:201::9", "id", "9", "subflow", "backup");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "limits", "set", "subflow", "3", "add_addr_accepted", "4");
        int vethIndex = Interfaces.list(lab.a).stream().filter(i -> i.name().equals("veth-a")).findFirst().orElseThrow().index();

        try (NetNs ns = NetNs.open(lab.a); PathManager pm = PathManager.open(ns)) {
            assertEquals(List.of(
                    new Endpoint(1, InetAddress.getByName(lab.addrA), 0, 0x02 | 0x08, vethIndex),
                    new Endpoint(7, InetAddress.getByName(extra), 6000, 0x01, 0),
                    new Endpoint(9, InetAddress.getByName("fd00:201::9"), 0, 0x02 | 0x04, 0)),
                    pm.endpoints());
            assertEquals(new Limits(3, 4), pm.limits());
        }
        try (NetNs ns = NetNs.open(lab.b); PathManager pm = PathManager.open(ns)) {
            assertEquals(List.of(), pm.endpoints(), "endpoints are per namespace");
        }
    }

    /** A second client address as a subflow endpoint: FULL_INFO lists both subflows, SF_ESTABLISHED says so. */
    @Test
    void fullInfoListsEverySubflow() throws Exception {
        String second = lab.addrA.substring(0, lab.addrA.lastIndexOf('.')) + ".11";
        TwoNamespaces.ip("-n", lab.a, "addr", "add", second + "/24", "dev", "veth-a");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "endpoint", "add", second, "subflow");
        TwoNamespaces.ip("-n", lab.a, "mptcp", "limits", "set", "subflow", "2");
        TwoNamespaces.ip("-n", lab.b, "mptcp", "limits", "set", "subflow", "2");
        try (NetNs nsA = NetNs.open(lab.a); NetNs nsB = NetNs.open(lab.b);
                MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7400), 4);
                MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7400), CONNECT);
                MptcpSocket accepted = server.accept()) {
            // the client PM adds subflows once the connection is fully established: data both ways
            c.write(new byte[] {1}, 0, 1);
            accepted.read(new byte[1], 0, 1);
            accepted.write(new byte[] {2}, 0, 1);
            c.read(new byte[1], 0, 1);
            waitFor(() -> {
                try {
                    return c.subflows().size() >= 2;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }, CEILING_MS);
            byte[] data = new byte[100_000];
            c.write(data, 0, data.length);
            int got = 0;
            byte[] buf = new byte[65536];
            while (got < data.length) {
                got += accepted.read(buf, 0, buf.length);
            }
            FullInfo full = c.fullInfo();
            List<Subflow> subflows = full.subflows();
            assertEquals(2, subflows.size(), subflows.toString());
            assertEquals(List.of(lab.addrA, second), subflows.stream()
                    .map(s -> s.local().getAddress().getHostAddress()).sorted().toList());
            for (Subflow s : subflows) {
                assertEquals(new InetSocketAddress(lab.addrB, 7400), s.remote());
            }
            assertEquals(2, full.info().subflowsTotal());
            assertEquals(1, full.info().subflows(), "extra subflows, the initial one excluded");
            long sent = subflows.stream().mapToLong(Subflow::bytesSent).sum();
            assertTrue(sent >= data.length, "bytes sent over all subflows: " + sent);
            assertTrue(full.info().bytesSent() >= data.length, "MPTCP-level bytes sent " + full.info().bytesSent());
        }
    }

    /** Our subscription and `ip mptcp monitor` watch the same connection; every line must match. */
    @Test
    void eventLinesAreIdenticalToIpMptcpMonitor() throws Exception {
        assertSameLinesAsIp(lab.a, true);
    }

    @Test
    void serverSideEventLinesAreIdenticalToIpMptcpMonitor() throws Exception {
        assertSameLinesAsIp(lab.b, false);
    }

    private void assertSameLinesAsIp(String watched, boolean clientSide) throws Exception {
        // stdbuf: ip's stdout is a pipe here, so make it flush each line
        Process ip = new ProcessBuilder("stdbuf", "-oL", "ip", "-n", watched, "mptcp", "monitor").redirectErrorStream(true).start();
        List<String> ipLines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(ip.getInputStream()))) {
                for (String l; (l = r.readLine()) != null; ) {
                    ipLines.add(l);
                }
            } catch (IOException ignored) {
                // the process was stopped
            }
        });
        reader.start();
        List<String> ours = new CopyOnWriteArrayList<>();
        try (NetNs nsA = NetNs.open(lab.a); NetNs nsB = NetNs.open(lab.b); NetNs nsW = NetNs.open(watched)) {
            PmEvents events = PmEvents.subscribe(nsW);
            CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
                try (events) {
                    for (PmEvent e; (e = events.next()) != null; ) {
                        ours.add(MonitorFormat.line(e));
                    }
                } catch (IOException ex) {
                    throw new RuntimeException(ex);
                }
            });
            // Both must have subscribed before the connection: a listener opened and closed in the
            // namespace is an event both print; repeat it until each side has printed one.
            long deadline = System.currentTimeMillis() + CEILING_MS;
            while (!(ipLines.contains(PROBE_CLOSED) && ours.contains(PROBE_CLOSED))) {
                assertTrue(System.currentTimeMillis() < deadline, "no listener event on both sides");
                MptcpSocket.listen(nsW, new InetSocketAddress("0.0.0.0", 0), 1).close();
                waitFor(() -> ipLines.contains(PROBE_CLOSED) && ours.contains(PROBE_CLOSED), 1_000);
            }
            try (MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7100), 4)) {
                CompletableFuture<Void> echo = CompletableFuture.runAsync(() -> {
                    try (MptcpSocket c = server.accept()) {
                        byte[] buf = new byte[16];
                        int n = c.read(buf, 0, buf.length);
                        c.write(buf, 0, n);
                        c.read(buf, 0, buf.length); // until the client closes
                    } catch (IOException ex) {
                        throw new RuntimeException(ex);
                    }
                });
                try (MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7100), CONNECT)) {
                    c.write("hi".getBytes(), 0, 2);
                    c.read(new byte[16], 0, 16);
                }
                echo.get(5, TimeUnit.MINUTES);
            }
            // The last events: CLOSED, and on the server side the listener's close after it.
            waitFor(() -> lastEventsSeen(afterProbes(ours), clientSide)
                    && lastEventsSeen(afterProbes(ipLines), clientSide), CEILING_MS);
            events.stop();
            loop.get(5, TimeUnit.MINUTES);
        } finally {
            ip.destroy();
            ip.waitFor(5, TimeUnit.MINUTES);
            reader.join(300_000);
        }
        // ip may have subscribed first and printed more probes: compare what follows them.
        List<String> oursCut = new ArrayList<>(afterProbes(ours));
        List<String> ipCut = new ArrayList<>(afterProbes(ipLines));
        List<String> kinds = new ArrayList<>();
        for (String l : oursCut) {
            kinds.add(l.substring(0, l.indexOf(']') + 1));
        }
        assertTrue(kinds.contains("[       CREATED]"), oursCut.toString());
        assertTrue(kinds.contains("[   ESTABLISHED]"), oursCut.toString());
        assertTrue(kinds.contains("[        CLOSED]"), oursCut.toString());
        if (!clientSide) {
            assertTrue(kinds.contains("[UNKNOWN 15]") && kinds.contains("[UNKNOWN 16]"), "listener events: " + oursCut);
            assertTrue(oursCut.stream().anyMatch(l -> l.startsWith("[       CREATED]") && l.endsWith(" flags=2")), oursCut.toString());
        }
        assertEquals(ipCut, oursCut);
    }

    @Test
    void stopEndsABlockedReceive() throws Exception {
        try (NetNs ns = NetNs.open(lab.a)) {
            PmEvents events = PmEvents.subscribe(ns);
            CompletableFuture<PmEvent> next = CompletableFuture.supplyAsync(() -> {
                try {
                    return events.next();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            events.stop();
            assertNull(next.get(5, TimeUnit.MINUTES));
            events.close();
        }
    }

    @Test
    void lostEventsAreReportedAndTheSubscriptionGoesOn() throws Exception {
        try (NetNs nsA = NetNs.open(lab.a); NetNs nsB = NetNs.open(lab.b)) {
            PmEvents events = PmEvents.subscribe(nsA);
            try (events; MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7300), 64)) {
                events.receiveBufferSize(1); // the kernel's minimum: a few events fit
                for (int i = 0; i < 40; i++) {
                    MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7300), CONNECT).close();
                }
                boolean overflow = false;
                int before = 0;
                while (!overflow) {
                    try {
                        assertTrue(events.next() != null);
                        before++;
                    } catch (dev.mpsh.netlink.NetlinkOverflowException e) {
                        overflow = true;
                    }
                }
                assertTrue(before < 120, "some of the 120 events were dropped, got " + before + " before the overflow");
                // the kernel drops silently until the queue has drained once: drain, then connect again
                List<PmEvent> seen = new CopyOnWriteArrayList<>();
                CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                    while (true) {
                        try {
                            PmEvent e = events.next();
                            if (e == null) {
                                return;
                            }
                            seen.add(e);
                        } catch (dev.mpsh.netlink.NetlinkOverflowException again) {
                            // late events of the 40 connections may overflow it once more
                        } catch (IOException ex) {
                            throw new RuntimeException(ex);
                        }
                    }
                });
                // Until the queue has drained, a new connection's events may be dropped: connect
                // again until one of them is seen (minutes at most).
                long deadline = System.currentTimeMillis() + CEILING_MS;
                boolean delivered = false;
                while (!delivered && System.currentTimeMillis() < deadline) {
                    int port;
                    try (MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7300), CONNECT)) {
                        port = c.localAddress().getPort();
                    }
                    delivered = waitFor(() -> seen.stream().anyMatch(e -> e.type() == PmEvent.CREATED && e.sport() == port), 1_000);
                }
                events.stop();
                reader.get(5, TimeUnit.MINUTES);
                assertTrue(delivered, "no connection's events arrived after the overflow: " + seen);
            }
        }
    }

    /** A ceiling that only a hang reaches. */
    private static final long CEILING_MS = 5 * 60_000;
    private static final Duration CONNECT = Duration.ofMinutes(1);
    private static final String PROBE_CLOSED = "[UNKNOWN 16]";

    /** The lines after the probes: after the last listener close before the first CREATED. */
    private static List<String> afterProbes(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        int created = 0;
        while (created < copy.size() && !copy.get(created).startsWith("[       CREATED]")) {
            created++;
        }
        int last = copy.subList(0, created).lastIndexOf(PROBE_CLOSED);
        return copy.subList(last + 1, copy.size());
    }

    private static boolean lastEventsSeen(List<String> lines, boolean clientSide) {
        int closed = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("[        CLOSED]")) {
                closed = i;
            }
        }
        return closed >= 0 && (clientSide || lines.subList(closed, lines.size()).contains(PROBE_CLOSED));
    }

    /** Polls until the condition holds or ms pass; says whether it held. */
    private static boolean waitFor(java.util.function.BooleanSupplier cond, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() >= end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
