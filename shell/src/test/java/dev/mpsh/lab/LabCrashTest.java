package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 'lab down' after the shell was killed with SIGKILL in the middle of 'lab up'. */
class LabCrashTest {
    private LabHarness lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = new LabHarness(LabTests.uniqueLabName());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lab != null) {
            lab.cleanUp();
        }
    }

    /**
     * Kills the mpsh JVM as soon as its journal shows the given entry: "netns-intent" (it is
     * creating namespaces), "exec" (running setup commands) or "server" (servers starting).
     */
    @ParameterizedTest
    @ValueSource(strings = {"netns-intent", "exec", "server"})
    void downRemovesEverythingAfterAKillDuringUp(String killAt) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process mpsh = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.mpsh.Main", "--lab", lab.lab, "-c", "lab up")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        boolean seen = false;
        while (!seen && System.currentTimeMillis() < deadline && mpsh.isAlive()) {
            seen = Files.exists(lab.layout().stateFile())
                    && Files.readString(lab.layout().stateFile()).lines().anyMatch(l -> l.startsWith(killAt + " "));
            if (!seen) {
                Thread.sleep(1);
            }
        }
        mpsh.destroyForcibly(); // SIGKILL
        assertTrue(mpsh.waitFor(5, TimeUnit.MINUTES));
        assertTrue(seen, "mpsh never journaled '" + killAt + "' (exit " + mpsh.exitValue() + ")");
        assertEquals(137, mpsh.exitValue(), "mpsh finished 'lab up' before it could be killed");

        List<long[]> servers = lab.recordedServers();
        List<Long> inodes = lab.recordedNetnsInodes();
        assertEquals(List.of("lab: lab '" + lab.lab + "' is half-built (an earlier 'lab up' was interrupted); run 'lab down' first"),
                lab.run("lab up").errLines());
        List<String> status = lab.run("lab status").out().lines().toList();
        assertEquals(List.of("lab " + lab.lab + " (handover): broken", "lab '" + lab.lab
                + "' is half-built: a 'lab up' was interrupted, or is still running; 'lab down' removes what it made"),
                status.subList(0, 2), String.join("\n", status));
        LabHarness.Run down = lab.run("lab down");
        assertEquals(0, down.status(), down.err());
        lab.assertNothingLeft(servers);
        LabHarness.assertNoProcessIn(inodes);
    }

    /** The blunt version: SIGKILL about 300 ms after the JVM started, wherever it is by then. */
    @Test
    void downRemovesEverythingAfterAKillAbout300msIn() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process mpsh = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.mpsh.Main", "--lab", lab.lab, "-c", "lab up")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(300);
        mpsh.destroyForcibly();
        assertTrue(mpsh.waitFor(5, TimeUnit.MINUTES));
        List<long[]> servers = lab.recordedServers();
        List<Long> inodes = lab.recordedNetnsInodes();
        boolean journaled = Files.exists(lab.layout().stateFile());
        LabHarness.Run down = lab.run("lab down");
        if (journaled) {
            assertEquals(0, down.status(), down.err());
        } else {
            // Killed before it wrote anything: then it created nothing either.
            assertEquals(List.of("lab: no lab '" + lab.lab + "' is up; nothing to remove ('lab up' builds it)"), down.errLines());
        }
        lab.assertNothingLeft(servers);
        LabHarness.assertNoProcessIn(inodes);
    }
}
