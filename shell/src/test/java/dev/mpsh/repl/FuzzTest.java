package dev.mpsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and malformed lines never end the shell, and each failure is one line. Programs are
 * never run: the runner refuses, so random words cannot touch the host.
 */
class FuzzTest {
    private static final long SEED = 0x6d707368L;
    private static final String SPECIAL = "'\"\\;#$|&<>(){}";
    private static final String[] VOCABULARY = {
        "help", "ns", "enter", "sh", "source", "ip", "sysctl", "tcpdump", "client", "app-1", "LB", "-", "host",
        "--help", "--json", "-h", "--keep-going", "mptcp", "endpoint", "add", "10.0.83.1", "dev", "eth1",
        ";", ";;", "#", "a#b", "'", "\"", "\\", "'unclosed", "\"unclosed", "x\\", "|", ">", "&&", "$HOME", "*",
        "no-such-command", "zz9", "/nonexistent/file", "..", "", " ", "\t",
    };

    static List<String> lines(int count) {
        return lines(count, 100_000);
    }

    /** Lines of up to 8 words; one word in thirty is {@code hugeWord} characters long. */
    static List<String> lines(int count, int hugeWord) {
        Random random = new Random(SEED);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(8);
            for (int w = 0; w < words; w++) {
                switch (random.nextInt(6)) {
                    case 0 -> sb.append(randomChars(random, 1 + random.nextInt(20)));
                    case 1 -> sb.append("w".repeat(random.nextInt(5) == 0 ? hugeWord : Math.min(300, hugeWord)));
                    default -> sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                }
                sb.append(random.nextBoolean() ? " " : "");
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String randomChars(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(4);
            char c = kind == 0 ? (char) random.nextInt(0x20)
                    : kind == 1 ? (char) (0x20 + random.nextInt(0x5f))
                    : kind == 2 ? (char) (0x80 + random.nextInt(0x3000))
                    : SPECIAL.charAt(random.nextInt(SPECIAL.length()));
            sb.append(c);
        }
        return sb.toString();
    }

    @Test
    void fiveThousandLinesThroughTheDispatcherEachFailWithOneLine() {
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            RecordingRunner runner = RecordingRunner.refusing();
            Dispatcher dispatcher = Commands.dispatcher(runner);
            Session session = new Session("t1");
            session.namespaces(new FakeNamespaces("t1-"));
            int failures = 0;
            for (String line : lines(5000)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        () -> null, new Cancellation(), Style.PLAIN, false);
                int status = dispatcher.execute(line, ctx);
                String errors = err.toString(StandardCharsets.UTF_8);
                // 'sh' announces "(host namespace) CMD" on stderr before running: a note, not an error.
                long errorLines = errors.lines().filter(l -> !l.startsWith("(host namespace) ")).count();
                // Each statement stops the line at its first failure: at most one error line,
                // plus one from 'source' saying where it stopped.
                assertTrue(errorLines <= (line.contains("source") ? 2 : 1), "line " + visible(line) + " printed:\n" + errors);
                assertTrue(status >= 0 && status < 256);
                if (status != 0) {
                    failures++;
                    assertTrue(errorLines >= 1 || out.size() > 0, "a failure says why: " + visible(line));
                }
                if (session.exitStatus() != null) {
                    assertTrue(line.contains("exit") || line.contains("quit"), "only exit ends the shell: " + visible(line));
                    session.clearExit();
                }
            }
            assertTrue(failures > 1000, "the fuzz reached the error paths: " + failures);
            assertTrue(runner.runs.size() > 20, "the fuzz reached the passthrough: " + runner.runs.size());
        });
    }

    @Test
    void fourHundredLinesTypedIntoTheReplLeaveItRunning() {
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            Session session = new Session("t1");
            session.namespaces(new FakeNamespaces("t1-"));
            try (ReplHarness h = new ReplHarness(Commands.dispatcher(RecordingRunner.refusing()), session, null).start()) {
                StringBuilder typed = new StringBuilder();
                for (String line : lines(400, 1000)) {
                    // Ctrl-D at an empty line is how a user leaves: keep it out; Ctrl-U clears
                    // whatever a control character left in the buffer.
                    typed.append(line.replace("\u0004", "").replace("\u0016", "")).append("\u0015\u0007\n");
                }
                h.type(typed.toString());
                h.type("\u0015exit 7\n");
                assertEquals(7, h.finish());
            }
        });
    }

    private static String visible(String line) {
        return Dispatcher.oneLine(line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
