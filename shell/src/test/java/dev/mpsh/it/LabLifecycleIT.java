package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lab through the real launcher: broken state, reference answer, teardown, scripts. */
class LabLifecycleIT {
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            Run.mpsh(lab, "lab down");
            assertNothingLeft(lab);
        }
    }

    static void assertNothingLeft(String lab) {
        List<String> left = Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList();
        assertEquals(List.of(), left, "namespaces left behind by lab " + lab);
        assertFalse(Files.exists(Path.of("/run/mpsh/labs/" + lab + ".json")), "state file left behind");
        Outcome ps = Run.command(10, "pgrep", "-f", "dev.mpsh.echo.EchoServer.* --lab " + lab + "( |$)");
        assertNotEquals(0, ps.status(), "echo servers left running: " + ps.out());
    }

    @Test
    void brokenStateTimesOutAndTheReferenceAnswerFixesIt() {
        Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());

        Outcome broken = Run.mpsh(lab, "client -addr 10.0.83.1:80 -msg hello -timeout 2s");
        assertNotEquals(0, broken.status(), broken.toString());
        assertEquals(1, broken.errLines().size(), "one-line error: " + broken);
        assertTrue(broken.err().contains("timed out"), broken.toString());

        ReferenceAnswer.apply(lab);
        Outcome fixed = Run.mpsh(lab, "client -addr 10.0.83.1:80 -msg hello");
        assertEquals(0, fixed.status(), fixed.toString());
        assertTrue(fixed.outLines().contains("connected to 10.0.83.1:80 with mptcp: true"), fixed.toString());
        assertTrue(fixed.outLines().contains("recv> hello"), fixed.toString());
    }

    @Test
    void labDownCleansUpAfterTheShellWasKilledDuringLabUp() throws Exception {
        Process p = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab, "-c", "lab up")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Kill the launcher's JVM (the launcher execs java) part-way through building the lab.
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline
                && Run.netnsNames().stream().noneMatch(n -> n.startsWith(lab + "-"))) {
            Thread.sleep(10);
        }
        Thread.sleep(150);
        p.destroyForcibly();
        p.waitFor();
        Outcome down = Run.mpsh(lab, "lab down");
        assertEquals(0, down.status(), down.toString());
        assertNothingLeft(lab);
        Outcome again = Run.mpsh(lab, "lab down");
        assertNotEquals(0, again.status(), "lab down with no lab must fail: " + again);
        assertEquals(1, again.errLines().size(), again.toString());
    }

    @Test
    void labScriptBuildsALabThatPassesTheClientTest() throws Exception {
        Outcome setup = Run.mpsh(lab, "lab script setup");
        Outcome cleanup = Run.mpsh(lab, "lab script cleanup");
        assertEquals(0, setup.status(), setup.toString());
        assertEquals(0, cleanup.status(), cleanup.toString());
        Path setupFile = Files.createTempFile("mpsh-setup", ".sh");
        Path cleanupFile = Files.createTempFile("mpsh-cleanup", ".sh");
        try {
            Files.writeString(setupFile, setup.out());
            Files.writeString(cleanupFile, cleanup.out());
            Outcome built = Run.command(60, "bash", setupFile.toString());
            try {
                assertEquals(0, built.status(), built.toString());
                ReferenceAnswer.apply(lab);
                Outcome fixed = Run.mpsh(lab, "client -addr 10.0.83.1:80 -msg hello");
                assertEquals(0, fixed.status(), fixed.toString());
                assertTrue(fixed.outLines().contains("connected to 10.0.83.1:80 with mptcp: true"), fixed.toString());
                assertTrue(fixed.outLines().contains("recv> hello"), fixed.toString());
            } finally {
                Outcome cleaned = Run.command(60, "bash", cleanupFile.toString());
                assertEquals(0, cleaned.status(), cleaned.toString());
            }
            assertEquals(List.of(), Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList());
        } finally {
            Files.deleteIfExists(setupFile);
            Files.deleteIfExists(cleanupFile);
        }
    }
}
