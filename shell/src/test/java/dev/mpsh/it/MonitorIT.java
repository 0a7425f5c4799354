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
        Process ip = new ProcessBuilder("ip", "netns", "exec", ReferenceAnswer.ns(lab, "client"), "ip", "mptcp", "monitor")
                .redirectOutput(ipOut.toFile()).redirectErrorStream(true).start();
        Process mpsh = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab, "-c", "monitor client")
                .redirectOutput(mpshOut.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            // Both must have subscribed before the connection: wait for a quiet second after start.
            Thread.sleep(2500);
            // An interactive client keeps its connection open until both joins are up (the
            // kernel joins only after data went both ways); then end of input closes it.
            Process client = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab,
                    "-c", "client -addr 10.0.83.1:80").redirectErrorStream(true).start();
            client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().flush();
            waitFor(ipOut, "[SF_ESTABLISHED]", 2, 10_000);
            client.getOutputStream().close();
            String said = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(client.waitFor(10, TimeUnit.SECONDS), said);
            assertEquals(0, client.exitValue(), said);
            assertTrue(said.contains("recv> hello"), said);
            // CLOSED comes after the client has gone; wait until ip has printed it.
            waitFor(ipOut, "CLOSED", 1, 10_000);
            Thread.sleep(300);
        } finally {
            // Ctrl-C for both, as a person would stop them.
            Run.command(5, "kill", "-INT", Long.toString(ip.pid()));
            Run.command(5, "kill", "-INT", Long.toString(mpsh.pid()));
            if (!ip.waitFor(5, TimeUnit.SECONDS)) {
                ip.destroyForcibly();
            }
            boolean stopped = mpsh.waitFor(5, TimeUnit.SECONDS);
            if (!stopped) {
                mpsh.destroyForcibly();
            }
            assertTrue(stopped, "mpsh monitor did not stop on SIGINT");
        }
        List<String> expected = Files.readAllLines(ipOut, StandardCharsets.UTF_8);
        List<String> actual = Files.readAllLines(mpshOut, StandardCharsets.UTF_8);
        Files.deleteIfExists(ipOut);
        Files.deleteIfExists(mpshOut);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("[SF_ESTABLISHED]")),
                "the fixed lab should show additional subflows: " + expected);
        assertEquals(expected, actual);
    }

    /** Waits until the file holds at least {@code count} occurrences of text. */
    private static void waitFor(Path file, String text, int count, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Files.readString(file).split(java.util.regex.Pattern.quote(text), -1).length - 1 >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " of " + text + " in " + Files.readString(file));
    }
}
