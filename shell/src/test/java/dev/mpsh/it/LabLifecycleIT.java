package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            downAndAssertNothingLeft(lab);
        }
    }

    /** lab down, then: no namespace, no process in the lab's namespaces, no state file. */
    static void downAndAssertNothingLeft(String lab) {
        List<Long> inodes = netnsInodes(lab);
        Run.mpsh(lab, "lab down");
        List<String> left = Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList();
        assertEquals(List.of(), left, "namespaces left behind by lab " + lab);
        assertFalse(Files.exists(Path.of("/run/mpsh/labs/" + lab + ".state")), "state file left behind");
        for (long inode : inodes) {
            assertEquals(List.of(), processesIn(inode), "processes left in the lab's namespace net:[" + inode + "]");
        }
    }

    /** The network-namespace inodes of the lab's namespaces now. */
    static List<Long> netnsInodes(String lab) {
        List<Long> out = new ArrayList<>();
        for (String n : Run.netnsNames()) {
            if (n.startsWith(lab + "-")) {
                try {
                    out.add((Long) Files.getAttribute(Path.of("/run/netns", n), "unix:ino"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** PIDs whose network namespace is net:[inode], read from /proc/PID/ns/net. */
    static List<Long> processesIn(long inode) {
        List<Long> pids = new ArrayList<>();
        String[] entries = new File("/proc").list();
        for (String e : entries == null ? new String[0] : entries) {
            if (e.chars().allMatch(Character::isDigit)) {
                try {
                    String link = Files.readSymbolicLink(Path.of("/proc", e, "ns", "net")).toString();
                    if (link.equals("net:[" + inode + "]")) {
                        pids.add(Long.parseLong(e));
                    }
                } catch (IOException ignored) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
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
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (System.currentTimeMillis() < deadline
                && Run.netnsNames().stream().noneMatch(n -> n.startsWith(lab + "-"))) {
            Thread.sleep(10);
        }
        Thread.sleep(150); // the kill moment: a little way into the setup, wherever it is by then
        p.destroyForcibly();
        p.waitFor();
        List<Long> inodes = netnsInodes(lab);
        Outcome down = Run.mpsh(lab, "lab down");
        assertEquals(0, down.status(), down.toString());
        for (long inode : inodes) {
            assertEquals(List.of(), processesIn(inode), "processes left in net:[" + inode + "]");
        }
        assertEquals(List.of(), Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList());
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
            Outcome built = Run.command(300, "bash", setupFile.toString());
            try {
                assertEquals(0, built.status(), built.toString());
                ReferenceAnswer.apply(lab);
                Outcome fixed = Run.mpsh(lab, "client -addr 10.0.83.1:80 -msg hello");
                assertEquals(0, fixed.status(), fixed.toString());
                assertTrue(fixed.outLines().contains("connected to 10.0.83.1:80 with mptcp: true"), fixed.toString());
                assertTrue(fixed.outLines().contains("recv> hello"), fixed.toString());
            } finally {
                Outcome cleaned = Run.command(300, "bash", cleanupFile.toString());
                assertEquals(0, cleaned.status(), cleaned.toString());
            }
            assertEquals(List.of(), Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList());
        } finally {
            Files.deleteIfExists(setupFile);
            Files.deleteIfExists(cleanupFile);
        }
    }
}
