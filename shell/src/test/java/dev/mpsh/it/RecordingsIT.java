package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped recording replays green through the real launcher, each on a fresh lab of its
 * own that is removed afterwards; and a replay that goes wrong says so through the launcher too.
 */
class RecordingsIT {
    /** A replay of the full solution brings a lab up, fixes it and checks it. */
    private static final int TIMEOUT_SECONDS = 600;

    static Stream<String> shippedRecordings() throws IOException {
        try (Stream<Path> files = Files.list(Run.home().resolve("recordings"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".t")).sorted().toList().stream();
        }
    }

    @Test
    void recordingsShipAtLeastTheLabFreeOne() throws IOException {
        List<String> names = shippedRecordings().toList();
        assertTrue(names.contains("help.t"), "recordings/ lost help.t: " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedRecordings")
    void replaysGreenOnAFreshLab(String name) {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        try {
            Outcome o = Run.command(TIMEOUT_SECONDS, Run.home().resolve("mpsh").toString(), "--lab", lab,
                    "replay", Run.home().resolve("recordings").resolve(name).toString());
            assertEquals(0, o.status(), o.toString());
            List<String> lines = o.outLines();
            String summary = lines.get(lines.size() - 1);
            assertTrue(summary.matches(java.util.regex.Pattern.quote(name) + ": [1-9]\\d* passed, 0 failed"),
                    "summary: " + summary + "\n" + o);
            assertFalse(o.out().contains("FAIL"), o.toString());
        } finally {
            // Whatever the recording built goes; with no lab this is a harmless one-line error.
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @Test
    void aMismatchExitsOneWithADiff() throws IOException {
        LabTests.requireLab();
        Path wrong = Files.createTempFile("mpsh-wrong", ".t");
        try {
            String help = Files.readString(Run.home().resolve("recordings/help.t"));
            Files.writeString(wrong, help.replace("(default 0)", "(default 9)"));
            Outcome o = Run.command(60, Run.home().resolve("mpsh").toString(), "replay", "--trust", wrong.toString());
            assertEquals(1, o.status(), o.toString());
            assertTrue(o.out().contains("-  Leaves the shell, or ends the script being run, with STATUS (default 9).\n"
                    + "+  Leaves the shell, or ends the script being run, with STATUS (default 0).\n"), o.toString());
            assertTrue(o.out().contains(", 2 failed"), o.toString());
        } finally {
            Files.deleteIfExists(wrong);
        }
    }

    @Test
    void anUntrustedTranscriptWithoutATerminalIsRefused() throws IOException {
        LabTests.requireLab();
        Path copy = Files.createTempFile("mpsh-copy", ".t");
        try {
            Files.copy(Run.home().resolve("recordings/help.t"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Outcome o = Run.command(60, Run.home().resolve("mpsh").toString(), "replay", copy.toString());
            assertEquals(2, o.status(), o.toString());
            assertEquals(1, o.errLines().size(), o.toString());
            assertTrue(o.err().contains("did not ship with mpsh") && o.err().contains("--trust"), o.toString());
            assertTrue(o.out().contains("line 7    help exit"), "the commands are listed first: " + o);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
