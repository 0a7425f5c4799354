package dev.mpsh.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.Cancellation;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.Qdiscs;
import dev.mpsh.output.Json;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** client --bulk/--bytes and lab shape on the fixed lab: bytes checked, shares per subflow, tbf both ways. */
class BulkTrafficLabTest {
    private static LabShell shell;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        shell = new LabShell(LabTests.uniqueLabName());
        shell.ok("lab up");
        shell.ok("lab solve");
    }

    @AfterAll
    static void down() {
        if (shell != null) {
            shell.run("lab down");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line, int status) {
        LabShell.Outcome o = shell.run(line + " --json");
        assertEquals(status, o.status(), o.toString());
        return (Map<String, Object>) Json.read(o.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBulkTransferComesBackWholeOverSubflowsOnBothWans() {
        Map<String, Object> r = json("client --bytes 30M", 0);
        assertEquals(true, r.get("mptcp"));
        assertEquals(30_000_000L, ((Number) r.get("sent")).longValue());
        assertEquals(30_000_000L, ((Number) r.get("echoed")).longValue());
        assertEquals(true, r.get("intact"));
        assertEquals(0L, ((Number) r.get("corrupted")).longValue());
        List<Map<String, Object>> sf = (List<Map<String, Object>>) r.get("subflows");
        assertTrue(sf.stream().map(m -> m.get("interface")).toList().containsAll(List.of("eth1", "eth2")), sf.toString());
        double shares = sf.stream().mapToDouble(m -> ((Number) m.get("share")).doubleValue()).sum();
        assertEquals(1.0, shares, 0.01);
        assertTrue(sf.stream().anyMatch(m -> "cellular".equals(m.get("wan"))), sf.toString());

        LabShell.Outcome human = shell.ok("client --bytes 5M --timeline");
        assertTrue(human.out().startsWith("connected to 10.0.83.1:80 with mptcp: true\nsent 5.00 MB in "), human.out());
        assertTrue(human.out().contains("echoed 5.00 MB: every byte came back unchanged"), human.out());
        assertTrue(human.out().contains("SUBFLOW  LOCAL") && human.out().contains("  TIME  SF1 ETH1:80"), human.out());
    }

    @Test
    void ctrlCStopsSendingAndStillPrintsTheSummary() throws Exception {
        Cancellation cancel = new Cancellation();
        long before = sentOnEth1();
        CompletableFuture<LabShell.Outcome> run = CompletableFuture.supplyAsync(() -> shell.run("client --bulk 10m", cancel));
        awaitSentOnEth1(before + 1_000_000);
        cancel.cancel();
        LabShell.Outcome o = run.get(5, TimeUnit.MINUTES);
        assertEquals(130, o.status(), o.toString());
        assertTrue(o.out().contains("stopped by Ctrl-C: sent "), o.out());
        assertTrue(!o.out().contains("came back changed"), o.out());
    }

    /** Waits until the client's eth1 has sent that many bytes in all, with a ceiling of minutes. */
    private static void awaitSentOnEth1(long bytes) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            if (sentOnEth1() >= bytes) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the client never sent the bytes");
    }

    /** eth1's transmitted bytes in the client namespace (/proc/net/dev seen from inside it). */
    private static long sentOnEth1() throws Exception {
        java.nio.file.Path stats = java.nio.file.Path.of("/proc/thread-self/net/dev");
        try (NetNs ns = NetNs.open(shell.ns("client"))) {
            return ns.call(() -> {
                for (String line : java.nio.file.Files.readAllLines(stats)) {
                    if (line.strip().startsWith("eth1:")) {
                        return Long.parseLong(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[8]);
                    }
                }
                return 0L;
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shapingPutsTbfOnBothEndsOfTheWanAndClearingRemovesIt() throws Exception {
        LabShell.Outcome o = shell.ok("lab shape eth1 20mbit");
        assertEquals("[client] tc qdisc replace dev eth1 root tbf rate 20mbit burst 25000 latency 50ms", o.out().lines().findFirst().orElse(""));
        assertTrue(o.out().contains("[Router] tc qdisc replace dev veth-rt-wifi root tbf rate 20mbit burst 25000 latency 50ms"), o.out());
        assertEquals(2_500_000L, tbfRate(shell.ns("client"), "eth1"));
        assertEquals(2_500_000L, tbfRate(shell.ns("Router"), "veth-rt-wifi"));
        Map<String, Object> st = json("lab status", 0);
        Map<String, Object> wifi = ((List<Map<String, Object>>) st.get("wans")).get(0);
        assertEquals("eth1", wifi.get("interface"));
        assertEquals(20_000_000L, ((Number) wifi.get("shaped_up_bps")).longValue());
        assertEquals(20_000_000L, ((Number) wifi.get("shaped_down_bps")).longValue());
        assertEquals("eth1 Wi-Fi up, shaped 20.0 Mbit/s · eth2 cellular up",
                dev.mpsh.tui.TuiCommand.links(new dev.mpsh.command.Session(shell.lab)), "the TUI's WAN line");

        LabShell.Outcome clear = shell.ok("lab shape --clear");
        assertTrue(clear.out().startsWith("[client] tc qdisc del dev eth1 root\n[Router] tc qdisc del dev veth-rt-wifi root\n"), clear.out());
        assertEquals(-1L, tbfRate(shell.ns("client"), "eth1"));
        assertEquals("no WAN is shaped; nothing to clear", shell.ok("lab shape --clear").out().lines().findFirst().orElse(""));
    }

    @Test
    void aQdiscMpshDidNotMakeIsNotReplaced() throws Exception {
        String netns = shell.ns("client");
        run("ip", "netns", "exec", netns, "tc", "qdisc", "add", "dev", "eth2", "root", "handle", "1:", "htb");
        try {
            LabShell.Outcome o = shell.run("lab shape eth2 10mbit");
            assertEquals(1, o.status());
            assertEquals("lab: eth2 in client has a htb root qdisc; shaping would replace it: remove it first ('client tc qdisc del dev eth2 root')\n", o.err());
        } finally {
            run("ip", "netns", "exec", netns, "tc", "qdisc", "del", "dev", "eth2", "root");
        }
        assertEquals(2, shell.run("lab shape eth2 fast").status());
        assertEquals(2, shell.run("lab shape eth9 10mbit").status());
    }

    private static void run(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).inheritIO().start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), String.join(" ", argv));
    }

    /** The tbf rate in bytes per second on dev, or -1 when it has none. */
    private static long tbfRate(String netns, String dev) throws Exception {
        try (NetNs ns = NetNs.open(netns)) {
            int index = Interfaces.list(ns).stream().filter(i -> i.name().equals(dev)).findFirst().orElseThrow().index();
            return Qdiscs.roots(ns).stream().filter(q -> q.ifindex() == index && q.tbf()).mapToLong(Qdiscs.Qdisc::rateBytes).findFirst().orElse(-1);
        }
    }
}
