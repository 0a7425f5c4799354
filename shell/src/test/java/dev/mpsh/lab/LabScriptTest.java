package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'lab script setup|cleanup' run with bash build and remove the same lab without mpsh. */
class LabScriptTest {
    private LabHarness lab;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = new LabHarness(LabTests.uniqueLabName());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lab != null) {
            Path cleanup = dir.resolve("cleanup.sh");
            if (Files.exists(cleanup)) {
                new ProcessBuilder("bash", cleanup.toString()).start().waitFor();
            }
            lab.cleanUp();
        }
    }

    @Test
    void setupScriptBuildsTheLabAndCleanupScriptRemovesIt() throws Exception {
        LabHarness.Run setup = lab.run("lab script setup");
        LabHarness.Run cleanup = lab.run("lab script cleanup");
        assertEquals(0, setup.status(), setup.err());
        assertEquals(0, cleanup.status(), cleanup.err());
        assertTrue(setup.out().startsWith("#!/bin/bash\n") && setup.out().contains("\nset -e\n"), setup.out());
        Files.writeString(dir.resolve("setup.sh"), setup.out());
        Files.writeString(dir.resolve("cleanup.sh"), cleanup.out());

        LabHarness.sh("bash", dir.resolve("setup.sh").toString());
        assertEquals(new TreeMap<>(LabHarness.TOPOLOGY), LabHarness.topologyOf(lab));
        Path scripts = Path.of(LabScripts.scriptDir(lab.layout()));
        List<long[]> servers = new ArrayList<>();
        for (String server : List.of("app-1", "app-2")) {
            assertFalse(LabHarness.sh("ss", "-N", lab.layout().netnsName(server), "-Hltn", "sport = :80").isBlank(),
                    server + " does not listen on :80");
            long pid = Long.parseLong(Files.readString(scripts.resolve(server + ".pid")).trim());
            servers.add(new long[] {pid, ProcFs.startTime(pid)});
        }

        // What the script built is not mpsh's: lab up and lab down leave it alone.
        LabHarness.Run up = lab.run("lab up");
        assertEquals(1, up.status());
        assertTrue(up.err().contains("exists but was not created by mpsh's lab"), up.err());

        LabHarness.sh("bash", dir.resolve("cleanup.sh").toString());
        for (long[] s : servers) {
            // The script sends SIGTERM and does not wait: wait (minutes at most) for the JVM to exit.
            long deadline = System.currentTimeMillis() + 5 * 60_000;
            while (ProcFs.present(s[0], s[1]) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
        }
        lab.assertNothingLeft(servers);
        assertFalse(Files.exists(scripts));
        Files.delete(dir.resolve("cleanup.sh"));
    }

    @Test
    void cleanupRemovesOnlyWhatSetupMadeNotANamespaceOfTheSameName() throws Exception {
        String foreign = lab.layout().netnsName("LB");
        LabHarness.sh("ip", "netns", "add", foreign);
        try {
            Files.writeString(dir.resolve("setup.sh"), lab.run("lab script setup").out());
            Files.writeString(dir.resolve("cleanup.sh"), lab.run("lab script cleanup").out());
            Process setup = new ProcessBuilder("bash", dir.resolve("setup.sh").toString())
                    .redirectErrorStream(true).start();
            setup.getInputStream().readAllBytes();
            assertTrue(setup.waitFor() != 0, "setup stops where the LB namespace already exists");
            LabHarness.sh("bash", dir.resolve("cleanup.sh").toString());
            assertTrue(Files.exists(Path.of("/run/netns", foreign)), "cleanup removed a namespace setup did not make");
            assertFalse(Files.exists(Path.of("/run/netns", lab.layout().netnsName("client"))), "what setup made is gone");
        } finally {
            new ProcessBuilder("ip", "netns", "del", foreign).start().waitFor();
        }
        Files.delete(dir.resolve("cleanup.sh"));
    }

    @Test
    void scriptsUseTheLabsNamespaceNames() {
        String setup = lab.run("lab script setup").out();
        assertTrue(setup.contains("\nip netns add " + lab.lab + "-client\n"), setup);
        assertTrue(setup.contains("\nip -n " + lab.lab + "-client rule add from 10.0.81.10 table 101\n"), setup);
        assertTrue(setup.contains("\necho " + lab.lab + "-app-2 >>\"$dir/namespaces\"\n"), setup);
        String cleanup = lab.run("lab script cleanup").out();
        assertTrue(cleanup.contains("dir=/run/mpsh/scripts/" + lab.lab + "\n"), cleanup);
        assertTrue(cleanup.contains("for ns in $(tac \"$dir/namespaces\"); do"), cleanup);
    }
}
