package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** mpsh's own recordings, by name (help.t). */
    static Stream<String> shippedRecordings() throws IOException {
        try (Stream<Path> files = Files.list(Run.home().resolve("recordings"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".t")).sorted().toList().stream();
        }
    }

    /**
     * Every recording that ships: mpsh's, and those of the scenario plugins the build installs in
     * shell/target/plugins, relative to the checkout (each replays on a lab of its own scenario).
     */
    static Stream<String> allRecordings() throws IOException {
        List<String> out = new java.util.ArrayList<>(shippedRecordings().map(n -> "recordings/" + n).toList());
        Path plugins = Run.home().resolve("shell/target/plugins");
        try (Stream<Path> files = Files.walk(plugins)) {
            files.filter(p -> p.getParent().getFileName().toString().equals("recordings") && p.toString().endsWith(".t"))
                    .map(p -> Run.home().relativize(p).toString()).sorted().forEach(out::add);
        }
        return out.stream();
    }

    @Test
    void theFallbackScenarioShipsItsRecordingsFromThePluginsDirectory() throws IOException {
        List<String> fallback = allRecordings().filter(r -> r.startsWith("shell/target/plugins/fallback/recordings/")).toList();
        assertTrue(fallback.contains("shell/target/plugins/fallback/recordings/solution.t"), fallback.toString());
        assertEquals(6, fallback.size(), "the solution and one per fault: " + fallback);
    }

    /** The solution, one recording per failure state of DESIGN §1.4, and the drill (recordings/README.md lists them). */
    static final List<String> EXPECTED = List.of("help.t", "solution.t", "drill.t", "without-app-arp.t",
            "without-app-deny-join-initial.t", "without-app-limits.t", "without-app-signal.t", "without-app-vip.t",
            "without-client-endpoints.t", "without-client-fullmesh.t", "without-client-limits.t",
            "without-lb-accept-local.t");

    @Test
    void everyExpectedRecordingShips() throws IOException {
        List<String> names = shippedRecordings().toList();
        assertTrue(names.containsAll(EXPECTED), "recordings/ lost some of " + EXPECTED + ": " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRecordings")
    void replaysGreenOnAFreshLab(String path) {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        String name = Path.of(path).getFileName().toString();
        Set<Long> before = echoServers();
        try {
            // no --scenario: a recording a plugin ships replays on a lab of that plugin's scenario
            Outcome o = Run.command(TIMEOUT_SECONDS, Run.home().resolve("mpsh").toString(), "--lab", lab,
                    "replay", Run.home().resolve(path).toString());
            assertGreen(name, o);
        } finally {
            // Whatever the recording built goes; with no lab this is a harmless one-line error.
            LabLifecycleIT.downAndAssertNothingLeft(lab);
            // A recording that ends with 'lab down' leaves no namespace to look into, so look for
            // echo servers of this build that started during the replay and still run.
            Set<Long> left = echoServers();
            left.removeAll(before);
            assertEquals(Set.of(), left, "echo servers left running after " + name);
        }
    }

    /**
     * The same recordings on the default lab, whose namespaces carry the scenario's own names
     * ({@code app-1}, not {@code t1-app-1}): {@code {ns:NAME}} in a transcript matches either.
     * Never on a default lab a user has up (see {@link LabTests#requireNoDefaultLab}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allRecordings")
    void replaysGreenOnTheDefaultLab(String path) {
        LabTests.requireNoDefaultLab();
        String name = Path.of(path).getFileName().toString();
        Set<Long> before = echoServers();
        try {
            Outcome o = Run.command(TIMEOUT_SECONDS, Run.home().resolve("mpsh").toString(),
                    "replay", Run.home().resolve(path).toString());
            assertGreen(name, o);
        } finally {
            if (LabTests.defaultLabInUse() != null) {
                Run.mpsh(dev.mpsh.command.Session.DEFAULT_LAB, "lab down");
            }
            assertEquals(null, LabTests.defaultLabInUse(), "the default lab was left behind by " + name);
            Set<Long> left = echoServers();
            left.removeAll(before);
            assertEquals(Set.of(), left, "echo servers left running after " + name);
        }
    }

    /** The replay exited 0 and its summary says every step passed. */
    private static void assertGreen(String name, Outcome o) {
        assertEquals(0, o.status(), o.toString());
        List<String> lines = o.outLines();
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches(java.util.regex.Pattern.quote(name) + ": [1-9]\\d* passed, 0 failed"),
                "summary: " + summary + "\n" + o);
        assertFalse(o.out().contains("FAIL"), o.toString());
    }

    /** A lab recording whose expectation the live kernel contradicts fails, with the diff. */
    @Test
    void aLabMismatchExitsOneWithADiff() throws IOException {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        Path wrong = Files.createTempFile("mpsh-wrong-lab", ".t");
        try {
            Files.writeString(wrong, """
                    mpsh transcript v1
                      $ lab up
                      lab '{word}' is up: 6 namespaces, 2 servers ({dur})
                    The broken lab cannot connect; this transcript wrongly says it can.
                      $ client -addr 10.0.83.1:80 -msg hello -timeout 1s
                      connected to 10.0.83.1:80 with mptcp: true
                      recv> hello
                      $ lab down
                      lab '{word}' is down
                    """);
            Outcome o = Run.command(TIMEOUT_SECONDS, Run.home().resolve("mpsh").toString(), "--lab", lab,
                    "replay", "--trust", wrong.toString());
            assertEquals(1, o.status(), o.toString());
            assertTrue(o.out().contains("-  connected to 10.0.83.1:80 with mptcp: true\n"
                    + "-  recv> hello\n"
                    + "+  client: cannot connect to 10.0.83.1:80: timed out after 1s\n"
                    + "+  [1]\n"), o.toString());
            assertTrue(o.out().endsWith(": 2 passed, 1 failed\n"), o.toString());
        } finally {
            Files.deleteIfExists(wrong);
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    /** PIDs of the echo servers that this build's jar runs, in any namespace. */
    static Set<Long> echoServers() {
        String jar = Run.home().resolve("shell/target/mpsh.jar").toString();
        Set<Long> pids = new HashSet<>();
        String[] entries = new File("/proc").list();
        for (String e : entries == null ? new String[0] : entries) {
            if (e.chars().allMatch(Character::isDigit)) {
                try {
                    String cmdline = new String(Files.readAllBytes(Path.of("/proc", e, "cmdline")),
                            StandardCharsets.UTF_8).replace('\0', ' ');
                    if (cmdline.contains(jar) && cmdline.contains("dev.mpsh.echo.EchoServer")) {
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
    void aLabRecordingIsRefusedOnALabThatIsUpAndLeavesItAlone() {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        try {
            assertEquals(0, Run.mpsh(lab, "lab up").status());
            Outcome o = Run.mpsh(lab, "replay solution");
            assertEquals(1, o.status(), o.toString());
            assertEquals(1, o.errLines().size(), o.toString());
            assertTrue(o.err().contains("is up; replay it on another with --lab NAME"), o.toString());
            assertTrue(Run.mpsh(lab, "lab status").out().contains(": up"), "the lab is still up");
        } finally {
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
            Outcome o = Run.command(300, Run.home().resolve("mpsh").toString(), "replay", "--trust", wrong.toString());
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
            Outcome o = Run.command(300, Run.home().resolve("mpsh").toString(), "replay", copy.toString());
            assertEquals(2, o.status(), o.toString());
            assertEquals(1, o.errLines().size(), o.toString());
            assertTrue(o.err().contains("did not ship with mpsh") && o.err().contains("--trust"), o.toString());
            assertTrue(o.out().contains("line 7    help exit"), "the commands are listed first: " + o);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
