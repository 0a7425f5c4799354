package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.HeldConnections;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * subflows, monitor and counters on namespaces that are no lab's (made here, plain ones, with no
 * mpsh lab at all) and on the host: they show what is there, say in one line what they cannot,
 * and write nothing.
 */
class AnyNamespaceIT {
    private final List<String> made = new ArrayList<>();
    private String lab;
    private String plain;
    private String off;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName(); // never brought up: these views need no lab
        plain = lab + "-plain";
        off = lab + "-off";
        for (String ns : List.of(plain, off)) {
            ok("ip", "netns", "add", ns);
            made.add(ns);
            ok("ip", "-n", ns, "link", "set", "lo", "up");
        }
        ok("ip", "netns", "exec", off, "sysctl", "-q", "-w", "net.mptcp.enabled=0");
    }

    @AfterEach
    void tearDown() {
        for (String ns : made) {
            Run.command(300, "ip", "netns", "del", ns);
        }
        assertTrue(Run.netnsNames().stream().noneMatch(made::contains), "the test's namespaces are gone");
    }

    private static Outcome ok(String... argv) {
        Outcome o = Run.command(300, argv);
        assertEquals(0, o.status(), String.join(" ", argv) + ": " + o);
        return o;
    }

    /** What mpsh could have written in ns: MPTCP endpoints and limits, MPTCP and interface sysctls. */
    private static String state(String ns) {
        return ok("ip", "-n", ns, "mptcp", "endpoint", "show").out() + ok("ip", "-n", ns, "mptcp", "limits", "show").out()
                + ok("ip", "netns", "exec", ns, "sysctl", "-a", "--pattern", "^net\\.(mptcp|ipv4\\.conf)\\.").out();
    }

    @Test
    void aConnectionInAPlainNamespaceIsShownWithoutALabAndNothingIsWritten() throws Exception {
        String before = state(plain);
        String beforeOff = state(off);
        try (HeldConnections server = HeldConnections.server(plain, "127.0.0.1", 7000);
             HeldConnections client = HeldConnections.open(plain, "127.0.0.1", 7000, 1)) {
            Outcome o = Run.mpsh(lab, "subflows --netns " + plain + " --wide");
            assertEquals(0, o.status(), o.toString());
            List<String> lines = o.outLines();
            assertTrue(lines.get(0).startsWith(plain + ": 2 open connection(s), 2 open subflow(s)"), o.toString());
            assertTrue(o.out().contains("began before mpsh watched"), o.toString());
            assertTrue(o.out().matches("(?s).*initial +- +127\\.0\\.0\\.1:7000 +127\\.0\\.0\\.1:\\d+ +established.*"), o.toString());

            Outcome c = Run.mpsh(lab, "counters --netns " + plain + " --netns " + off + " --netns " + lab + "-nowhere");
            assertEquals(1, c.status(), "one namespace could not be read: " + c);
            assertTrue(c.out().matches("(?s).*" + plain + " +MPTcpExtMPCapableSYNRX +1 .*"), c.toString());
            assertTrue(c.out().contains(off + ": net.mptcp.enabled=0 here"), c.toString());
            assertTrue(c.out().contains(lab + "-nowhere: cannot read the counters: network namespace '" + lab
                    + "-nowhere' does not exist; see 'ip netns list'"), c.toString());
        }
        assertEquals(before, state(plain), "nothing written in " + plain);
        assertEquals(beforeOff, state(off), "nothing written in " + off);
        assertFalse(Run.netnsNames().stream().anyMatch(n -> n.startsWith(lab + "-") && !made.contains(n)), "no lab was made");
    }

    @Test
    void aNamespaceWithMptcpOffOrMissingIsOneLineAndTheRestIsShown() {
        Outcome o = Run.mpsh(lab, "subflows --netns " + off + " --netns " + lab + "-nowhere --host");
        assertEquals(1, o.status(), o.toString());
        assertTrue(o.out().contains(off + ": 0 open connection(s)"), o.toString());
        assertTrue(o.out().contains("  net.mptcp.enabled=0 here: new MPTCP sockets are refused"), o.toString());
        assertTrue(o.out().contains("\nhost: "), "the host's namespace, read only: " + o);
        assertTrue(o.out().contains(lab + "-nowhere: cannot watch: network namespace '" + lab + "-nowhere' does not exist"), o.toString());

        Outcome all = Run.mpsh(lab, "subflows --netns " + lab + "-nowhere");
        assertEquals(1, all.status(), all.toString());
        assertEquals(List.of("subflows: cannot watch " + lab + "-nowhere: network namespace '" + lab
                + "-nowhere' does not exist; see 'ip netns list'"), all.errLines());

        Outcome m = Run.mpsh(lab, "monitor --netns " + lab + "-nowhere");
        assertEquals(1, m.status(), m.toString());
        assertEquals(List.of("monitor: network namespace '" + lab + "-nowhere' does not exist; see 'ip netns list'"), m.errLines());
        Outcome host = Run.mpsh(lab, "counters --host --all --json");
        assertEquals(0, host.status(), host.toString());
        assertTrue(host.out().contains("{\"namespace\":\"host\",\"mptcp_enabled\":"), host.toString());
    }
}
