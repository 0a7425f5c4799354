package dev.mpsh.man;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mpsh.testing.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mpsh-lab@.service: a template that brings lab %i up broken and takes it down, and systemd accepts it. */
class SystemdUnitTest {
    private static final Path UNIT = Run.home().resolve("packaging/systemd/mpsh-lab@.service");

    private static List<String> lines() throws IOException {
        return Files.readAllLines(UNIT, StandardCharsets.UTF_8);
    }

    @Test
    void startBringsTheInstancesLabUpAndStopTakesItDown() throws IOException {
        List<String> unit = lines();
        for (String line : List.of("Type=oneshot", "RemainAfterExit=yes", "EnvironmentFile=-/etc/mpsh/lab-%i.env",
                "ExecStart=/usr/bin/mpsh --lab %i --scenario ${MPSH_SCENARIO} -c \"lab up\"",
                "ExecStop=/usr/bin/mpsh --lab %i -c \"lab down\"")) {
            assertTrue(unit.contains(line), "the unit lacks the line " + line);
        }
        String builtIn = new dev.mpsh.lab.ScenarioSource().orNull().id();
        assertTrue(unit.contains("Environment=MPSH_SCENARIO=" + builtIn),
                "without an environment file the lab runs the built-in scenario, " + builtIn);
    }

    /**
     * systemd-analyze verify checks that ExecStart's program exists: where mpsh is not installed,
     * a copy of the unit names a stand-in for /usr/bin/mpsh (the package test verifies the
     * installed unit itself).
     */
    @Test
    void systemdAnalyzeVerifiesIt(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
                "systemd-analyze is not installed (Debian: systemd); the unit is not verified here");
        Path unit = dir.resolve("mpsh-lab@.service");
        String text = Files.readString(UNIT, StandardCharsets.UTF_8);
        if (!Files.isExecutable(Path.of("/usr/bin/mpsh"))) {
            Path standIn = Files.createFile(dir.resolve("mpsh"), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            Files.writeString(standIn, "#!/bin/sh\n");
            text = text.replace("/usr/bin/mpsh ", standIn + " ");
        }
        Files.writeString(unit, text, StandardCharsets.UTF_8);
        // --man=no: the man page named in Documentation= is installed by the package, not here.
        Run.Outcome o = Run.command(120, "systemd-analyze", "verify", "--man=no", unit.toString());
        assertEquals(new Run.Outcome(0, "", ""), o, "systemd-analyze verify " + UNIT);
    }
}
