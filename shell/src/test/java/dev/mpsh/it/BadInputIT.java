package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input through the real launcher in -c mode: one line on stderr, non-zero exit, nothing half-built. */
class BadInputIT {
    private static String lab;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
    }

    @AfterAll
    static void down() {
        if (lab != null && LabTests.missing() == null) {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "monitor nosuchns",
        "monitor --netns nosuchns",
        "monitor --netns",
        "subflows --netns nosuchns",
        "subflows --bogus",
        "counters nosuchns",
        "counters --netns nosuchns",
        "counters --",
        "client -ns nosuchns -addr 10.0.83.1:80 -msg x",
        "client -addr 10.0.83.1 -msg x",
        "client -addr not-an-address:80 -msg x",
        "client -addr 10.0.83.1:70000 -msg x",
        "client -addr 10.0.83.1:0 -msg x",
        "client -addr 10.0.83.1:80 -timeout soon -msg x",
        "lab up",
        "lab frobnicate",
        "lab logs nosuchserver",
        "nosuchcommand",
    })
    void eachBadInputIsOneLineAndANonZeroExit(String commands) {
        // Only this lab's namespaces: other labs may come and go on the host meanwhile.
        List<String> before = labNamespaces();
        Outcome o = Run.mpsh(lab, commands);
        assertNotEquals(0, o.status(), o.toString());
        assertEquals(1, o.errLines().size(), "exactly one line on stderr: " + o);
        assertEquals(before, labNamespaces(), "nothing created or removed");
    }

    private static List<String> labNamespaces() {
        return Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList();
    }

    @Test
    void labDownWithNoLabIsOneLineError() {
        Outcome o = Run.mpsh(LabTests.uniqueLabName(), "lab down");
        assertNotEquals(0, o.status(), o.toString());
        assertEquals(1, o.errLines().size(), o.toString());
        assertTrue(o.err().contains("no lab"), o.toString());
    }
}
