package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptFormatTest {
    static final String FULL = """
            mpsh transcript v1
            Narration, then a blank line.

            ## First chapter
              $ help exit  # wait=1.2s took=0.3s
              usage: exit [STATUS]
             \s
              Leaves the shell.
              $ client -addr 10.0.83.1:80 -msg 'a b'
              connected 10.0.81.10:{port} -> 10.0.83.1:80 (glob)
              token=[0-9a-f]{8} (re)
              \\x24 not a command (esc)
              partial line (no-eol)
              [3]
            ## Second
              $ first part \\
              >   second part  # took=2.0s
              $ echo '# not timing'
            """;

    @Test
    void writingWhatWasReadGivesTheSameText() throws Exception {
        assertEquals(FULL, TranscriptWriter.write(TranscriptParser.parse(FULL)));
    }

    @Test
    void readsEveryKindOfBlock() throws Exception {
        Transcript t = TranscriptParser.parse(FULL);
        assertEquals(new Narration("Narration, then a blank line."), t.blocks().get(0));
        assertEquals(new Narration(""), t.blocks().get(1));
        assertEquals(new Chapter("First chapter"), t.blocks().get(2));
        assertEquals("First chapter", t.title());

        Step help = t.steps().get(0);
        assertEquals(5, help.line());
        assertEquals("help exit", help.command());
        assertEquals(new Timing(1.2, 0.3), help.timing());
        assertEquals(List.of("usage: exit [STATUS]", "", "Leaves the shell."),
                help.expected().stream().map(Expected::text).toList());
        assertEquals(0, help.status());

        Step client = t.steps().get(1);
        assertEquals(Timing.NONE, client.timing());
        assertEquals(3, client.status());
        assertEquals(List.of(Expected.Kind.GLOB, Expected.Kind.RE, Expected.Kind.ESC, Expected.Kind.LITERAL),
                client.expected().stream().map(Expected::kind).toList());
        assertTrue(client.expected().get(3).noEol());

        Step continued = t.steps().get(2);
        assertEquals("first part \\\n  second part", continued.command());
        assertEquals(new Timing(-1, 2.0), continued.timing());
        assertEquals("echo '# not timing'", t.steps().get(3).command());
    }

    @Test
    void aModelWrittenAndReadBackIsTheSameModel() throws Exception {
        Transcript t = new Transcript(List.of(
                new Chapter("Setup"),
                new Narration("Two lines of output, one blank, one that looks like a status."),
                new Step(0, "help", List.of(Expected.literal("a"), Expected.of("", false), Expected.of("[1]", false),
                        Expected.of("$ x", false), Expected.of("tab\there", false), Expected.of("ends (re)", true)), 4,
                        new Timing(0.5, 1.0))));
        Transcript back = TranscriptParser.parse(TranscriptWriter.write(t));
        Step step = back.steps().get(0);
        Step original = t.steps().get(0);
        assertEquals(original.command(), step.command());
        assertEquals(original.status(), step.status());
        assertEquals(original.timing(), step.timing());
        for (int i = 0; i < original.expected().size(); i++) {
            Expected e = original.expected().get(i);
            assertEquals(e.text(), step.expected().get(i).text());
            assertEquals(e.kind(), step.expected().get(i).kind());
            assertEquals(e.noEol(), step.expected().get(i).noEol());
        }
        assertEquals(t.blocks().subList(0, 2), back.blocks().subList(0, 2));
    }

    @Test
    void anEmptyLineBetweenOutputLinesIsAnEmptyOutputLine() throws Exception {
        // As left by an editor that strips trailing spaces from "  ".
        Transcript t = TranscriptParser.parse("mpsh transcript v1\n  $ help exit\n  usage\n\n  more\n\nafter\n");
        assertEquals(List.of("usage", "", "more"), t.steps().get(0).expected().stream().map(Expected::text).toList());
        assertEquals(List.of(new Narration(""), new Narration("after")), t.blocks().subList(1, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not a transcript\\n                                  | 1 | not an mpsh transcript
            mpsh transcript v2\\n                                | 1 | format v2
            mpsh transcript v1\\n  orphan output\\n              | 2 | output before any command
            mpsh transcript v1\\n  $ help\\n  [1]\\n  late\\n    | 4 | output after the exit status
            mpsh transcript v1\\n  $ help\\n\\tindented\\n       | 3 | exactly two spaces
            mpsh transcript v1\\n  $ help\\n x\\n                | 3 | exactly two spaces
            mpsh transcript v1\\nnote\\n  > more\\n              | 3 | '>' continues a command
            mpsh transcript v1\\n  $ help\\n  a(b (re)\\n        | 3 | bad regular expression
            mpsh transcript v1\\n  $ help\\n  bad \\q (esc)\\n   | 3 | bad escape
            mpsh transcript v1\\n  $ help\\n  x (no-eol)\\n  y\\n | 4 | (no-eol)
            mpsh transcript v1\\n  $\\n                          | 2 | without a command
            mpsh transcript v1\\n  $ help\\n  [300]\\n           | 3 | out of range
            """)
    void aMalformedTranscriptIsAnErrorNamingTheLine(String text, int line, String says) {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> TranscriptParser.parse(text.replace("\\n", "\n").replace("\\t", "\t")));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anEmptyFileIsAnErrorOnLineOne() {
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class, () -> TranscriptParser.parse(""));
        assertEquals("line 1: empty file; a transcript starts with 'mpsh transcript v1'", e.getMessage());
    }

    @Test
    void wordsAreQuotedSoTheLineParserSplitsThemBackTheSame() throws Exception {
        List<String> words = List.of("client", "-msg", "it's a test", "a;b", "#x", "a#b", "plain-1.2:3", "", "$HOME",
                "tab\there", "back\\slash", "say \"hi\"", "line\nbreak");
        String line = Quoting.join(words);
        assertEquals(List.of(words), dev.mpsh.command.LineParser.statements(line));
        assertEquals("ip mptcp endpoint show | grep -c 10.0.8 2>&1", Quoting.join(
                List.of("ip", "mptcp", "endpoint", "show", "|", "grep", "-c", "10.0.8", "2>&1")));
    }
}
