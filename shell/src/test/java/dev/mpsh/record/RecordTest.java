package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.output.Style;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** record start/stop through a real dispatcher: what a session leaves in the file. */
class RecordTest {
    @TempDir
    Path dir;
    private final TestShell shell = new TestShell();

    @Test
    void aRecordedSessionReadsBackAndReplaysGreen() throws Exception {
        Path file = dir.resolve("s.t");
        shell.style = new Style(true); // the user sees colour; the transcript must not
        assertEquals(0, shell.type("record start " + file));
        shell.type("record chapter First steps");
        shell.type("help");
        shell.type("record note \"the help of one command\"");
        shell.type("help exit; touch");
        shell.type("help 'two words'");
        assertEquals(0, shell.type("record stop"));
        assertNull(shell.session.statementListener());
        assertTrue(shell.out().contains("\u001b[1m"), "the user saw colour");

        String text = Files.readString(file);
        assertFalse(text.contains("\u001b"), text);
        Transcript t = TranscriptParser.parse(text);
        assertEquals(new Chapter("First steps"), t.blocks().get(1));
        assertEquals(new Narration("the help of one command"), t.blocks().get(3));
        List<Step> steps = t.steps();
        assertEquals(List.of("help", "help exit", "touch", "help 'two words'"),
                steps.stream().map(Step::command).toList());
        assertEquals("shell", steps.get(0).expected().get(0).text());
        assertEquals("touched 1", steps.get(2).expected().get(0).text());
        assertEquals(2, steps.get(3).status());
        assertEquals("help: no command 'two words'; type 'help' to list the commands",
                steps.get(3).expected().get(0).text());
        assertTrue(steps.stream().allMatch(s -> s.timing().waited() >= 0 && s.timing().took() >= 0));
        assertTrue(steps.stream().noneMatch(s -> s.command().startsWith("record")));

        // The recording checks out against the same commands, which count up from 1 again.
        TestShell again = new TestShell();
        assertEquals(0, again.type("replay --trust " + file), again.out() + again.err());
        assertTrue(again.out().endsWith("s.t: 4 passed, 0 failed\n"), again.out());
    }

    /** Free text is words as typed: no option spelling is rewritten in it, and no --json taken from it. */
    @Test
    void aNoteAndAChapterKeepEveryWordAsTyped() throws Exception {
        Path file = dir.resolve("n.t");
        assertEquals(0, shell.type("record start " + file));
        assertEquals(0, shell.type("record chapter use -json --at=2s here"));
        assertEquals(0, shell.type("record note then --json and -wide"));
        shell.type("help");
        assertEquals(0, shell.type("record stop"));
        Transcript t = TranscriptParser.parse(Files.readString(file));
        assertEquals(new Chapter("use -json --at=2s here"), t.blocks().get(1));
        assertEquals(new Narration("then --json and -wide"), t.blocks().get(2));
    }

    @Test
    void startRefusesToOverwriteUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("keep.t"), "precious\n");
        assertEquals(1, shell.type("record start " + file));
        assertEquals("precious\n", Files.readString(file));
        assertTrue(shell.err().contains("exists; pick another name or add --force"), shell.err());
        assertEquals(0, shell.type("record start --force " + file));
        shell.type("record stop");
        assertTrue(Files.readString(file).startsWith("mpsh transcript v1\n"));
    }

    @Test
    void statusStopAndTwoStartsSayWhatIsGoingOn() throws Exception {
        shell.type("record status");
        assertTrue(shell.out().endsWith("not recording\n"), shell.out());
        assertEquals(1, shell.type("record stop"));
        assertEquals(0, shell.type("record start " + dir.resolve("a.t")));
        assertEquals(1, shell.type("record start " + dir.resolve("b.t")));
        shell.type("touch");
        shell.type("record status");
        assertTrue(shell.out().contains("recording to " + dir.resolve("a.t") + ": 1 commands in "), shell.out());
        assertEquals(0, shell.type("record stop"));
        assertEquals(1, shell.type("record start " + dir.resolve("no/such/dir.t")));
        assertNull(shell.session.statementListener(), "a failed start leaves nothing recording");
        assertEquals(List.of("record: not recording; start with 'record start FILE'",
                "record: already recording to " + dir.resolve("a.t") + "; 'record stop' first",
                "record: cannot create " + dir.resolve("no/such/dir.t") + ": its directory does not exist"),
                shell.err().lines().toList());
    }

    @Test
    void outputWithoutAFinalNewlineAndLinesThatLookLikeSyntaxRoundTrip() throws Exception {
        String output = "$ not a command\n[2]\nends in (re)\ntab\there\nno newline";
        List<Expected> expected = Recorder.expected(output);
        Step step = new Step(0, "x", expected, 0, Timing.NONE);
        Transcript back = TranscriptParser.parse(TranscriptWriter.write(new Transcript(List.of(step))));
        assertTrue(Verifier.check("t", back.steps().get(0), 0, output).passed());
    }
}
