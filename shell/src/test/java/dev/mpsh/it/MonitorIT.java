package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** mpsh's monitor and iproute2's `ip mptcp monitor`, side by side on the same connection. */
class MonitorIT {
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
        ReferenceAnswer.apply(lab);
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @Test
    void monitorPrintsTheSameLinesAsIpMptcpMonitor() throws Exception {
        Path ipOut = Files.createTempFile("ip-monitor", ".out");
        Path mpshOut = Files.createTempFile("mpsh-monitor", ".out");
        // Both are stopped with SIGINT, as Ctrl-C would; a test run from a background job (nohup,
        // 'cmd &' in a script) inherits SIGINT ignored, so each starts with it at its default.
        Process ip = new ProcessBuilder(DEFAULT_SIGINT, "--default-signal=INT",
                "ip", "netns", "exec", ReferenceAnswer.ns(lab, "client"), "ip", "mptcp", "monitor")
                .redirectOutput(ipOut.toFile()).redirectErrorStream(true).start();
        Process mpsh = new ProcessBuilder(DEFAULT_SIGINT, "--default-signal=INT",
                Run.home().resolve("mpsh").toString(), "--lab", lab, "-c", "monitor client")
                .redirectOutput(mpshOut.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String clientNs = ReferenceAnswer.ns(lab, "client");
        try {
            // Both must have subscribed before the connection. A listening MPTCP socket opened and
            // closed in the namespace is an event both print ("[UNKNOWN 15]", "[UNKNOWN 16]" in
            // iproute2 6.1's format): repeat it until each side has printed one.
            long deadline = System.currentTimeMillis() + CEILING_MS;
            while (!(count(ipOut, PROBE_CLOSED) > 0 && count(mpshOut, PROBE_CLOSED) > 0)) {
                assertTrue(System.currentTimeMillis() < deadline, "neither monitor printed a listener event");
                Outcome probe = Run.inNs(clientNs, "python3", "-c", LISTEN_AND_CLOSE);
                assertEquals(0, probe.status(), probe.toString());
                waitUntil(() -> count(ipOut, PROBE_CLOSED) > 0 && count(mpshOut, PROBE_CLOSED) > 0, 1_000);
            }
            // An interactive client keeps its connection open until both joins are up (the
            // kernel joins only after data went both ways); then end of input closes it.
            Process client = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab,
                    "-c", "client -addr 10.0.83.1:80").redirectErrorStream(true).start();
            client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().flush();
            waitFor(ipOut, "[SF_ESTABLISHED]", 2);
            client.getOutputStream().close();
            String said = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(client.waitFor(5, TimeUnit.MINUTES), said);
            assertEquals(0, client.exitValue(), said);
            assertTrue(said.contains("recv> hello"), said);
            // CLOSED comes after the client has gone, and it is the last event: once both have
            // printed it, each has printed everything before it.
            waitFor(ipOut, "[        CLOSED]", 1);
            waitFor(mpshOut, "[        CLOSED]", 1);
        } finally {
            // Ctrl-C for both, as a person would stop them.
            Run.command(300, "kill", "-INT", Long.toString(ip.pid()));
            Run.command(300, "kill", "-INT", Long.toString(mpsh.pid()));
            if (!ip.waitFor(5, TimeUnit.MINUTES)) {
                ip.destroyForcibly();
            }
            boolean stopped = mpsh.waitFor(5, TimeUnit.MINUTES);
            if (!stopped) {
                mpsh.destroyForcibly();
            }
            assertTrue(stopped, "mpsh monitor did not stop on SIGINT");
        }
        // The probes: ip may have subscribed first and printed more of them; compare what follows.
        List<String> expected = afterProbes(Files.readAllLines(ipOut, StandardCharsets.UTF_8));
        List<String> actual = afterProbes(Files.readAllLines(mpshOut, StandardCharsets.UTF_8));
        Files.deleteIfExists(ipOut);
        Files.deleteIfExists(mpshOut);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("[SF_ESTABLISHED]")),
                "the fixed lab should show additional subflows: " + expected);
        assertEquals(expected, actual);
    }

    private static final long CEILING_MS = 5 * 60_000;
    /** coreutils env: --default-signal (8.31+) resets an inherited SIG_IGN before it execs. */
    private static final String DEFAULT_SIGINT = "env";
    private static final String PROBE_CLOSED = "[UNKNOWN 16]";
    private static final String LISTEN_AND_CLOSE = "import socket\n"
            + "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 262)\n"
            + "s.bind(('127.0.0.1', 0)); s.listen(); s.close()\n";

    private static List<String> afterProbes(List<String> lines) {
        int last = lines.lastIndexOf(PROBE_CLOSED);
        return lines.subList(last + 1, lines.size());
    }

    private static int count(Path file, String text) throws java.io.IOException {
        return Files.readString(file).split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds or millis pass; says which. */
    private static boolean waitUntil(Check check, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (!check.holds()) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Waits (minutes at most: only a hang ends it) until the file holds {@code count} of text. */
    private static void waitFor(Path file, String text, int count) throws Exception {
        if (!waitUntil(() -> count(file, text) >= count, CEILING_MS)) {
            throw new AssertionError("fewer than " + count + " of " + text + " in " + Files.readString(file));
        }
    }
}
