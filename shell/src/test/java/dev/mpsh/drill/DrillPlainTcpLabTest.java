package dev.mpsh.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.output.Json;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drill on a connection that fell back to plain TCP (the fallback scenario, broken: the
 * Wi-Fi firewall strips the MPTCP option): no subflows to read, so it says so instead of a
 * table of zeros, and the connection stalls until Wi-Fi comes back.
 */
class DrillPlainTcpLabTest {
    private static LabShell shell;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        shell = new LabShell(LabTests.uniqueLabName(), "fallback");
        shell.ok("lab up");
    }

    @AfterAll
    static void down() {
        if (shell != null) {
            shell.run("lab down");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlainTcpConnectionStallsAndItsBytesPerWanAreNotClaimed() throws IOException {
        String client = shell.ns("client");
        List<String> before = LabState.of(client);
        LabShell.Outcome o = shell.run("drill wan-down eth1 --at 1s --length 3s");
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.out().contains("connected with mptcp: false; plain TCP has no subflows: the timeline shows the echo only\n"), o.out());
        assertTrue(o.out().contains("bytes per WAN: not known (the kernel counts bytes per MPTCP subflow; this connection had none)\n"), o.out());
        assertFalse(o.out().contains("eth1 Wi-Fi     0 B"), o.out());
        assertTrue(o.out().contains("verdict: STALLED: no other WAN carried the traffic after eth1 (Wi-Fi) went down"), o.out());
        assertEquals(before, LabState.of(client), "the drill restores the lab as it found it");

        Map<String, Object> d = (Map<String, Object>) Json.read(shell.run("drill wan-down eth1 --at 1s --length 3s --json").out());
        assertEquals(false, d.get("mptcp"));
        assertEquals(false, d.get("survived"));
        assertEquals(List.of(), d.get("subflows"));
        assertEquals(0L, ((Number) d.get("corrupted")).longValue(), d.toString());
        assertEquals(before, LabState.of(client), "the drill restores the lab as it found it");
    }
}
