package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The soak benchmark, 20 cycles: lab up/down with SIGKILLs of lab up, fix apply --all and check;
 * every lab down recovers, nothing of the lab is left and the root namespace is unchanged.
 */
class SoakIT {
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName("k");
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            Run.mpsh(lab, "lab down");
        }
    }

    @Test
    void twentyCyclesWithKillsLeaveNothingAndTheRootNamespaceUnchanged() {
        // The ceiling only catches a hang: 20 cycles take well under a minute on a 2-core machine.
        Outcome o = Run.command(1800, "env", "SOAK_LAB=" + lab,
                Run.home().resolve("bench/soak.sh").toString(), "20");
        String all = o.out() + o.err();
        assertEquals(0, o.status(), "bench/soak.sh 20 failed:\n" + all);
        assertTrue(Pattern.compile("SIGKILLs: lab up [1-9]").matcher(all).find(), "no lab up was killed:\n" + all);
        assertTrue(all.contains(": 0 leaks"), all);
        assertTrue(all.contains("root namespace identical"), all);
        assertEquals(List.of(), Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList());
    }
}
