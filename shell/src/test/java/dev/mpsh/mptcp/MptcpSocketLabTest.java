package dev.mpsh.mptcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.TwoNamespaces;
import dev.mpsh.testing.LabTests;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MptcpSocketLabTest {
    private static TwoNamespaces lab;
    private static NetNs nsA;
    private static NetNs nsB;

    @BeforeAll
    static void up() throws IOException {
        LabTests.requireLab();
        lab = new TwoNamespaces();
        nsA = NetNs.open(lab.a);
        nsB = NetNs.open(lab.b);
    }

    @AfterAll
    static void down() {
        if (nsA != null) {
            nsA.close();
        }
        if (nsB != null) {
            nsB.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void connectsWithMptcpAndEchoes() throws Exception {
        try (MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7001), 8)) {
            CompletableFuture<Boolean> serverSawMptcp = CompletableFuture.supplyAsync(() -> {
                try (MptcpSocket c = server.accept()) {
                    byte[] buf = new byte[64];
                    int n = c.read(buf, 0, buf.length);
                    c.write(buf, 0, n);
                    return c.mptcpInUse();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7001), Duration.ofMinutes(1))) {
                assertTrue(c.mptcpInUse());
                byte[] msg = "hello!".getBytes(StandardCharsets.UTF_8);
                c.write(msg, 0, msg.length);
                byte[] buf = new byte[64];
                int n = c.read(buf, 0, buf.length);
                assertArrayEquals(msg, java.util.Arrays.copyOf(buf, n));
                assertEquals(new InetSocketAddress(lab.addrB, 7001), c.remoteAddress());
                assertEquals(lab.addrA, c.localAddress().getAddress().getHostAddress());

                MptcpInfo info = c.info();
                assertNotNull(info);
                assertEquals(MptcpInfo.SIZE, info.length());
                assertTrue(info.token() != 0, "token");
                assertTrue(info.bytesSent() >= msg.length, "bytes sent " + info.bytesSent());

                List<Subflow> subflows = c.subflows();
                assertEquals(1, subflows.size());
                Subflow s = subflows.get(0);
                assertEquals(c.localAddress(), s.local());
                assertEquals(c.remoteAddress(), s.remote());
                assertEquals(1, s.tcp().state(), "TCP_ESTABLISHED");
                assertTrue(s.tcp().rttMicros() > 0, "rtt");
                assertTrue(s.tcp().bytesReceived() >= msg.length, "bytes received " + s.tcp().bytesReceived());
            }
            assertTrue(serverSawMptcp.get(5, TimeUnit.MINUTES));
        }
    }

    @Test
    void plainTcpOnEitherSideMeansMptcpIsNotInUse() throws Exception {
        // a plain TCP client (a JDK socket made on A's thread) to an MPTCP listener
        try (MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7004), 8);
                java.net.Socket plain = nsA.call(() -> new java.net.Socket(lab.addrB, 7004));
                MptcpSocket accepted = server.accept()) {
            assertEquals(false, accepted.mptcpInUse());
            assertEquals(null, accepted.info());
            assertTrue(plain.isConnected());
        }
        // an MPTCP client to a plain TCP server falls back to TCP
        try (java.net.ServerSocket plainServer = nsB.call(() -> new java.net.ServerSocket(7005, 8, java.net.InetAddress.getByName("0.0.0.0")));
                MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7005), Duration.ofMinutes(1));
                java.net.Socket accepted = plainServer.accept()) {
            assertEquals(false, c.mptcpInUse());
            assertEquals(null, c.info());
            assertTrue(accepted.isConnected());
        }
    }

    @Test
    void noRouteIsOneLine() throws Exception {
        TwoNamespaces.ip("-n", lab.a, "route", "add", "unreachable", "10.250.1.0/24");
        NoRouteToHostException host = assertThrows(NoRouteToHostException.class,
                () -> MptcpSocket.connect(nsA, new InetSocketAddress("10.250.1.1", 80), Duration.ofMinutes(1)));
        assertEquals("no route to host", host.getMessage());
        NoRouteToHostException net = assertThrows(NoRouteToHostException.class,
                () -> MptcpSocket.connect(nsA, new InetSocketAddress("10.251.0.1", 80), Duration.ofMinutes(1)));
        assertEquals("network is unreachable", net.getMessage());
    }

    @Test
    void refusedWhenNothingListens() {
        ConnectException e = assertThrows(ConnectException.class,
                () -> MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7999), Duration.ofMinutes(1)));
        assertEquals("connection refused", e.getMessage());
    }

    @Test
    void timesOutWithinTheTimeoutForAnUnansweredAddress() throws Exception {
        // an address on B's subnet that nobody owns: ARP goes unanswered, the SYN never leaves
        String nobody = lab.addrB.substring(0, lab.addrB.lastIndexOf('.')) + ".77";
        long t0 = System.nanoTime();
        SocketTimeoutException e = assertThrows(SocketTimeoutException.class,
                () -> MptcpSocket.connect(nsA, new InetSocketAddress(nobody, 80), Duration.ofMillis(700)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("timed out after 700ms", e.getMessage());
        // Not sooner than asked. (No upper bound: a loaded machine may be late; had the kernel's
        // own failure come first it would be "no route to host", not a time-out.)
        assertTrue(ms >= 650, "took " + ms + " ms");
    }

    @Test
    void closeWakesABlockedAcceptAndRead() throws Exception {
        MptcpSocket server = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7002), 8);
        CompletableFuture<Throwable> accept = new CompletableFuture<>();
        Thread acceptor = new Thread(() -> {
            try {
                server.accept();
                accept.complete(null);
            } catch (IOException e) {
                accept.complete(e);
            }
        });
        acceptor.start();
        awaitBlockedIn(acceptor, "accept");
        server.close();
        assertTrue(accept.get(5, TimeUnit.MINUTES) instanceof SocketException);

        try (MptcpSocket listener = MptcpSocket.listen(nsB, new InetSocketAddress("0.0.0.0", 7003), 8);
                MptcpSocket c = MptcpSocket.connect(nsA, new InetSocketAddress(lab.addrB, 7003), Duration.ofMinutes(1))) {
            CompletableFuture<Throwable> read = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    c.read(new byte[10], 0, 10);
                    read.complete(null);
                } catch (IOException e) {
                    read.complete(e);
                }
            });
            reader.start();
            awaitBlockedIn(reader, "read");
            c.close();
            assertTrue(read.get(5, TimeUnit.MINUTES) instanceof SocketException);
        }
    }

    /** Waits (minutes at most) until the thread sits in a native call made by MptcpSocket.method. */
    private static void awaitBlockedIn(Thread t, String method) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (true) {
            StackTraceElement[] stack = t.getStackTrace();
            boolean inNative = stack.length > 0 && stack[0].isNativeMethod();
            boolean inMethod = java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(MptcpSocket.class.getName())
                    && f.getMethodName().equals(method));
            if (inNative && inMethod) {
                return;
            }
            assertTrue(t.isAlive() && System.currentTimeMillis() < deadline, method + " never blocked: " + java.util.Arrays.toString(stack));
            Thread.sleep(10);
        }
    }
}
