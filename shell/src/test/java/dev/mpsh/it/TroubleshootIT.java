package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session as a trainee runs it with the real launcher: diagnose, solve, check, reset. */
class TroubleshootIT {
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

    @Test
    void theReferenceAnswerTypedByHandPassesCheckAndResetBreaksItAgain() {
        Outcome broken = Run.mpsh(lab, "check");
        assertEquals(1, broken.status(), broken.toString());
        assertTrue(broken.out().contains("score: 0/150"), broken.out());

        ReferenceAnswer.apply(lab); // typed with ip/sysctl, not through mpsh
        Outcome fixes = Run.mpsh(lab, "fix list --json");
        assertEquals(0, fixes.status(), fixes.toString());
        assertTrue(!fixes.out().contains("\"state\":\"not applied\"") && !fixes.out().contains("\"state\":\"partly\""), fixes.out());
        Outcome fixed = Run.mpsh(lab, "check; diagnose");
        assertEquals(0, fixed.status(), fixed.toString());
        assertTrue(fixed.out().contains("score: 150/150"), fixed.out());
        assertTrue(fixed.out().contains("nothing is broken"), fixed.out());

        // A change no fix knows about: reset must still restore the initial state exactly.
        Run.inNs(ReferenceAnswer.ns(lab, "client"), "ip", "route", "del", "default", "via", "10.0.82.1", "dev", "eth2", "metric", "200");
        Outcome reset = Run.mpsh(lab, "lab reset; fix list --json");
        assertEquals(0, reset.status(), reset.toString());
        assertTrue(!reset.out().contains("\"state\":\"applied\""), reset.out());
        Outcome routes = Run.inNs(ReferenceAnswer.ns(lab, "client"), "ip", "route", "show", "default");
        assertTrue(routes.out().contains("via 10.0.82.1 dev eth2 metric 200"), routes.out());

        Outcome solved = Run.mpsh(lab, "lab solve; check --lang ja");
        assertEquals(0, solved.status(), solved.toString());
        assertTrue(solved.out().contains("[LB] sysctl -w net.ipv4.conf.all.accept_local=1"), solved.out());
        assertTrue(solved.out().contains("クライアントがMPTCPで10.0.83.1:80に接続でき"), solved.out());
    }
}
