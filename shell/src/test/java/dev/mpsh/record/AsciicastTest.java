package dev.mpsh.record;

import dev.mpsh.output.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciicastTest {
    private static final String TRANSCRIPT = """
            mpsh transcript v1
            ## Fix the LB
            Narration "quoted" and \\ backslashed.
              $ help exit  # wait=2.0s took=0.5s
              usage: exit [STATUS]
              tab\\x09here (esc)
              $ touch  # wait=9.0s took=0.1s
              touched {n}
            ## Check
              $ touch
            """;

    @TempDir
    Path dir;

    @Test
    void exportIsAHeaderThenTimedEventsAsJsonLines() throws Exception {
        Path t = Files.writeString(dir.resolve("lb.t"), TRANSCRIPT);
        Path cast = dir.resolve("lb.cast");
        TestShell shell = new TestShell();
        assertEquals(0, shell.type("record export --cast " + cast + " " + t), shell.err());

        List<String> lines = Files.readAllLines(cast);
        Map<?, ?> header = (Map<?, ?>) Json.read(lines.get(0));
        assertEquals(2.0, ((Number) header.get("version")).doubleValue());
        assertEquals(80.0, ((Number) header.get("width")).doubleValue());
        assertEquals(30.0, ((Number) header.get("height")).doubleValue());
        assertEquals("Fix the LB", header.get("title"));
        assertEquals((double) Files.getLastModifiedTime(t).toInstant().getEpochSecond(),
                ((Number) header.get("timestamp")).doubleValue());

        double last = 0;
        StringBuilder screen = new StringBuilder();
        List<String> markers = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<?> event = (List<?>) Json.read(line);
            assertEquals(3, event.size(), line);
            double time = ((Number) event.get(0)).doubleValue();
            assertTrue(time >= last, "times never go back: " + line);
            last = time;
            switch ((String) event.get(1)) {
                case "o" -> screen.append(event.get(2));
                case "m" -> markers.add((String) event.get(2));
                default -> throw new AssertionError("unexpected code in " + line);
            }
        }
        assertEquals(List.of("Fix the LB", "Check"), markers);
        String shown = Ansi.strip(screen.toString());
        assertTrue(shown.contains("Narration \"quoted\" and \\ backslashed.\n"), shown);
        assertTrue(shown.contains("mpsh> help exit\nusage: exit [STATUS]\ntab\there\n"), shown);
        assertTrue(shown.contains("mpsh> touch\ntouched {n}\n"), shown);
        assertTrue(screen.toString().contains("\r\n"), "raw terminal output ends lines with CR LF");
        // Pauses before a command are capped at 3 s, so the 9 s one counts 3.
        assertTrue(last > 2.0 + 0.5 + 3.0 && last < 2.0 + 0.5 + 3.0 + 0.1 + 0.8 + 0.1 + 0.8 + 2, "length " + last);
    }

    /** The shipped lab recording exports too: valid JSON lines, one marker per chapter, its commands and patterns on screen. */
    @Test
    void theShippedSolutionExportsToAValidCast() throws Exception {
        Path t = TestShell.repositoryRoot().resolve("recordings/solution.t");
        Transcript transcript = TranscriptFiles.read(t);
        Path cast = dir.resolve("solution.cast");
        TestShell shell = new TestShell();
        assertEquals(0, shell.type("record export --cast " + cast + " " + t), shell.err());

        List<String> lines = Files.readAllLines(cast);
        Map<?, ?> header = (Map<?, ?>) Json.read(lines.get(0));
        assertEquals(2.0, ((Number) header.get("version")).doubleValue());
        assertEquals("The broken lab", header.get("title"));
        double width = ((Number) header.get("width")).doubleValue();
        assertTrue(width >= 80 && width <= 200, "width " + width);
        List<String> chapters = transcript.blocks().stream()
                .filter(b -> b instanceof Transcript.Chapter).map(b -> ((Transcript.Chapter) b).title()).toList();
        List<String> markers = new java.util.ArrayList<>();
        StringBuilder screen = new StringBuilder();
        double last = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<?> event = (List<?>) Json.read(line);
            assertEquals(3, event.size(), line);
            double time = ((Number) event.get(0)).doubleValue();
            assertTrue(time >= last, "times never go back: " + line);
            last = time;
            switch ((String) event.get(1)) {
                case "o" -> screen.append(event.get(2));
                case "m" -> markers.add((String) event.get(2));
                default -> throw new AssertionError("unexpected code in " + line);
            }
        }
        assertEquals(chapters, markers);
        String shown = Ansi.strip(screen.toString());
        for (Transcript.Step step : transcript.steps()) {
            assertTrue(shown.contains("> " + step.command() + "\n"), "command on screen: " + step.command());
        }
        assertTrue(shown.contains("client: cannot connect to 10.0.83.1:80: timed out after 2s\n"), shown);
        assertTrue(shown.contains("score: 150/150 — the end state holds\n"), shown);
        assertTrue(shown.contains("lab '{word}' is up: 6 namespaces, 2 servers ({dur})\n"), "patterns show as written: " + shown);
    }

    @Test
    void exportWithoutCastOrTranscriptIsAOneLineError() {
        TestShell shell = new TestShell();
        assertEquals(2, shell.type("record export"));
        assertEquals(2, shell.type("record export --cast x.cast"));
        assertEquals(2, shell.err().lines().count(), shell.err());
    }
}
