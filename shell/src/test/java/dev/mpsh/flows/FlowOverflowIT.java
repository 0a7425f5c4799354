package dev.mpsh.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NetNsRef;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A burst that overflows a deliberately tiny netlink receive buffer: the watcher must notice the
 * loss (ENOBUFS) and repair itself from the kernel's list, ending in agreement with the kernel.
 */
class FlowOverflowIT {
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Run.Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
        ReferenceAnswer.apply(lab);
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            Run.mpsh(lab, "lab down");
        }
    }

    @Test
    void lostEventsAreDetectedAndTheModelEndsInAgreementWithTheKernel() throws Exception {
        String netns = ReferenceAnswer.ns(lab, "client");
        try (NamespaceWatcher w = NamespaceWatcher.start(NetNsRef.named("client", netns), () -> { }, 1);
             NetNs ns = NetNs.open(netns)) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            // half the connections stay open, so the repaired model has something to agree on
            MptcpSocket[] kept = new MptcpSocket[20];
            for (int i = 0; i < 400; i++) {
                int n = i;
                pool.execute(() -> {
                    try {
                        MptcpSocket s = MptcpSocket.connect(ns, new InetSocketAddress("10.0.83.1", 80), Duration.ofMinutes(1));
                        byte[] b = "x\n".getBytes(StandardCharsets.UTF_8);
                        s.write(b, 0, b.length);
                        s.read(new byte[2], 0, 2);
                        if (n % 20 == 0) {
                            kept[n / 20] = s;
                        } else {
                            s.close();
                        }
                    } catch (Exception e) {
                        // a refused connection is fine: the burst is about events
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
            try {
                // while some are open: the same connections as the kernel, and any whose
                // subflows the lost events would have shown is marked, never silently wrong
                NamespaceFlows f = awaitAgreement(w, ns);
                assertTrue(f.lost() > 0, "a tiny buffer must overflow on 400 connections");
                assertTrue(f.connections().stream().anyMatch(c -> !c.closed()), "some connections were kept open");
                if (!f.health().complete()) {
                    assertTrue(f.health().problem().contains("did not see open"), f.health().toString());
                }
            } finally {
                for (MptcpSocket s : kept) {
                    if (s != null) {
                        s.close();
                    }
                }
            }
            NamespaceFlows end = awaitAgreement(w, ns);
            assertTrue(end.health().complete(), "all closed, nothing left in doubt: " + end.health());
            assertEquals(0, end.connections().stream().filter(c -> !c.closed()).count());
        }
    }

    /** Waits until the model's open connections are exactly the kernel's, with no repair pending. */
    private static NamespaceFlows awaitAgreement(NamespaceWatcher w, NetNs ns) throws Exception {
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (true) {
            NamespaceFlows f = w.snapshot(Instant.now());
            java.util.Set<Long> kernel = new java.util.TreeSet<>();
            dev.mpsh.sockdiag.SockDiag.read(ns).connections().forEach(k -> kernel.add(k.token()));
            java.util.Set<Long> model = new java.util.TreeSet<>();
            f.connections().stream().filter(c -> !c.closed()).forEach(c -> model.add(c.token()));
            boolean repairing = !f.health().complete() && f.health().problem().startsWith("events were lost");
            if (model.equals(kernel) && !repairing) {
                for (Connection c : f.connections()) {
                    long open = c.subflows().stream().filter(x -> !x.closed()).count();
                    assertTrue(c.closed() || c.partial() || open >= 1, c.toString());
                }
                return f;
            }
            assertTrue(System.currentTimeMillis() < deadline, "model " + model.size() + " open, kernel "
                    + kernel.size() + ", health " + f.health());
            Thread.sleep(200);
        }
    }
}
