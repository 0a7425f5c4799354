package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay command through a real dispatcher, with lab-free commands only. */
class ReplayTest {
    private static final String LAB_FREE = """
            mpsh transcript v1
            ## Help
              $ help exit
              usage: exit [STATUS]
              
              Leaves the shell, or ends the script being run, with STATUS (default 0).
              The lab and its echo servers keep running; 'lab down' removes them.
              $ help nosuch
              help: no command 'nosuch'; type 'help' to list the commands
              [2]
              $ nosuch --flag
              mpsh: unknown command 'nosuch'* (glob)
              [127]
              $ touch
              touched {n}
            """;

    @TempDir
    Path dir;
    private String savedHome;
    private final TestShell shell = new TestShell();

    @BeforeEach
    void shippedRecordingsLiveInATemporaryHome() throws IOException {
        savedHome = System.getProperty("mpsh.home");
        System.setProperty("mpsh.home", dir.toString());
        Files.createDirectory(dir.resolve("recordings"));
    }

    @AfterEach
    void restoreHome() {
        if (savedHome == null) {
            System.clearProperty("mpsh.home");
        } else {
            System.setProperty("mpsh.home", savedHome);
        }
    }

    private Path write(String where, String text) throws IOException {
        Path p = dir.resolve(where);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aShippedLabFreeTranscriptReplaysGreen() throws IOException {
        Path t = write("recordings/help.t", LAB_FREE);
        assertEquals(0, shell.type("replay " + t), shell.out() + shell.err());
        assertTrue(shell.out().endsWith("help.t: 4 passed, 0 failed\n"), shell.out());
        assertEquals(1, shell.touched.get());
        assertEquals("", shell.err());
    }

    @Test
    void aTranscriptWithoutCommandsVerifiesNothingAndFails() throws IOException {
        Path t = write("recordings/empty.t", "mpsh transcript v1\n$ help\nnarration only\n");
        assertEquals(2, shell.type("replay " + t));
        assertEquals(0, shell.touched.get(), "nothing ran");
        assertTrue(shell.err().contains("has no commands"), shell.err());
        assertEquals(1, shell.err().lines().count(), shell.err());
    }

    @Test
    void aBareNameIsTheShippedRecordingOfThatName() throws IOException {
        write("recordings/named.t", LAB_FREE);
        assertEquals(0, shell.type("replay named"), shell.out() + shell.err());
        assertTrue(shell.out().endsWith("named.t: 4 passed, 0 failed\n"), shell.out());
    }

    @Test
    void theShippedHelpRecordingReplaysGreen() {
        Path shipped = TestShell.repositoryRoot().resolve("recordings/help.t");
        assertEquals(0, shell.type("replay --trust " + shipped), shell.out() + shell.err());
        assertTrue(shell.out().contains(" 0 failed"), shell.out());
    }

    @Test
    void aWrongExpectationFailsWithTheDiffAndStatusOne() throws IOException {
        Path t = write("recordings/wrong.t", LAB_FREE.replace("(default 0)", "(default 1)"));
        assertEquals(1, shell.type("replay " + t));
        String out = shell.out();
        assertTrue(out.contains("""
                FAIL  help exit (line 3)
                --- wrong.t
                +++ wrong.t (actual)
                @@ -3,5 +3,5 @@
                   $ help exit
                   usage: exit [STATUS]
                  \s
                -  Leaves the shell, or ends the script being run, with STATUS (default 1).
                +  Leaves the shell, or ends the script being run, with STATUS (default 0).
                   The lab and its echo servers keep running; 'lab down' removes them.
                """), out);
        assertTrue(out.endsWith("wrong.t: 3 passed, 1 failed\n"), out);
    }

    @Test
    void anUntrustedTranscriptIsListedAndRefusedWithoutTrust() throws IOException {
        Path t = write("elsewhere.t", LAB_FREE);
        assertEquals(2, shell.type("replay " + t));
        assertEquals(0, shell.touched.get(), "nothing ran");
        assertTrue(shell.out().contains("elsewhere.t: 4 commands\n  line 3    help exit\n"), shell.out());
        assertEquals(1, shell.err().lines().count(), shell.err());
        assertTrue(shell.err().startsWith("replay: " + t + " did not ship with mpsh and would run 4 commands as "),
                shell.err());
        assertTrue(shell.err().contains("--trust"), shell.err());
    }

    @Test
    void aSymlinkIntoRecordingsDoesNotMakeATranscriptShipped() throws IOException {
        Path outside = write("outside.t", LAB_FREE);
        Path link = Files.createSymbolicLink(dir.resolve("recordings/link.t"), outside);
        assertEquals(2, shell.type("replay " + link));
        assertEquals(0, shell.touched.get());
        assertEquals(2, shell.type("replay " + dir.resolve("recordings/../outside.t")));
        assertEquals(0, shell.touched.get());
    }

    @Test
    void withTrustAnyTranscriptRuns() throws IOException {
        Path t = write("elsewhere.t", LAB_FREE);
        assertEquals(0, shell.type("replay --trust " + t), shell.out() + shell.err());
        assertEquals(1, shell.touched.get());
    }

    @Test
    void atATerminalTheUserConfirms() throws IOException {
        Path t = write("elsewhere.t", LAB_FREE);
        shell.interactive = true;
        shell.typed.add("n");
        assertEquals(1, shell.type("replay " + t));
        assertEquals(0, shell.touched.get());
        assertTrue(shell.err().contains("not replayed; nothing was run"), shell.err());
        shell.typed.add("y");
        assertEquals(0, shell.type("replay " + t), shell.out() + shell.err());
        assertEquals(1, shell.touched.get());
    }

    @Test
    void dryRunListsWithoutRunning() throws IOException {
        Path t = write("elsewhere.t", LAB_FREE);
        assertEquals(0, shell.type("replay --dry-run " + t));
        assertEquals(0, shell.touched.get());
        assertEquals("""
                elsewhere.t: 4 commands
                  line 3    help exit
                  line 8    help nosuch
                  line 11   nosuch --flag
                  line 14   touch
                """, shell.out());
    }

    @Test
    void stepWaitsForEnterAndQStops() throws IOException {
        Path t = write("recordings/help.t", LAB_FREE);
        shell.typed.add("");
        shell.typed.add("q");
        assertEquals(1, shell.type("replay --step " + t));
        assertTrue(shell.out().contains("next: help exit"), shell.out());
        assertTrue(shell.out().endsWith("help.t: 1 passed, 0 failed, 3 not run\n"), shell.out());
        assertEquals(0, shell.touched.get());
    }

    @Test
    void playShowsCommandsOutputAndNarration() throws IOException {
        Path t = write("recordings/play.t", LAB_FREE.replace("## Help\n", "## Help\nA narration line.\n"));
        assertEquals(0, shell.type("replay --play --speed 100 " + t), shell.out() + shell.err());
        String out = shell.out();
        assertTrue(out.contains("A narration line.\n"), out);
        assertTrue(out.contains("mpsh[host]> help exit\nusage: exit [STATUS]\n"), out);
        assertTrue(out.contains("mpsh[host]> touch\ntouched 1\n"), out);
    }

    @Test
    void aMalformedTranscriptIsOneLineNamingTheLine() throws IOException {
        Path t = write("recordings/bad.t", "mpsh transcript v1\n  $ help\n  [1]\n  after\n");
        assertEquals(2, shell.type("replay " + t));
        assertEquals("replay: " + t + ": line 4: output after the exit status [1]; the status line ends a command's output\n",
                shell.err());
        assertEquals("", shell.out());
    }

    @Test
    void badOptionsAndFilesAreOneLineErrors() {
        assertEquals(2, shell.type("replay"));
        assertEquals(2, shell.type("replay x.t --speed fast"));
        assertEquals(2, shell.type("replay " + dir.resolve("none.t")));
        assertEquals(2, shell.type("replay x.t --lab 'bad name'"));
        assertEquals(4, shell.err().lines().count(), shell.err());
        assertTrue(shell.err().contains("no such transcript"), shell.err());
    }

    @Test
    void updateWritesBackWhatChangedAndKeepsPatternsThatStillMatch() throws IOException {
        Path t = write("recordings/stale.t", """
                mpsh transcript v1
                Narration stays.
                  $ touch  # wait=1.0s took=0.0s
                  touched {n}
                  $ help nosuch
                  help: no such thing (glob)
                  $ touch
                  touched 7
                """);
        assertEquals(1, shell.type("replay --update " + t));
        assertTrue(shell.out().contains("updated " + t + ": 2 commands now expect what they printed"), shell.out());
        assertEquals("""
                mpsh transcript v1
                Narration stays.
                  $ touch  # wait=1.0s took=0.0s
                  touched {n}
                  $ help nosuch
                  help: no command 'nosuch'; type 'help' to list the commands
                  [2]
                  $ touch
                  touched 2
                """, Files.readString(t));
        TestShell fresh = new TestShell();
        assertEquals(0, fresh.type("replay " + t), fresh.out());
    }

    @Test
    void aTranscriptCannotReplayAnother() throws IOException {
        Path inner = write("recordings/inner.t", LAB_FREE);
        Path outer = write("recordings/outer.t", "mpsh transcript v1\n  $ replay " + inner + "\n");
        assertEquals(1, shell.type("replay " + outer));
        assertTrue(shell.out().contains("+  replay: a replayed transcript cannot replay another"), shell.out());
        assertEquals(0, shell.touched.get());
    }

    /** A replay sends no Ctrl-C: a command that runs until stopped is stopped after the step limit, and fails. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aCommandThatNeverEndsIsStoppedAndFails() throws IOException {
        Path t = write("recordings/block.t", "mpsh transcript v1\n  $ block\n  $ touch\n  touched {n}\n");
        System.setProperty("mpsh.replay.step-limit-ms", "300");
        try {
            long start = System.nanoTime();
            assertEquals(1, shell.type("replay " + t), shell.err());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped in time");
        } finally {
            System.clearProperty("mpsh.replay.step-limit-ms");
        }
        String out = shell.out();
        assertTrue(out.contains("+  replay: stopped after 300ms as Ctrl+C would: a command that runs until stopped"
                + " (monitor) cannot be replayed\n"), out);
        assertTrue(out.contains("ok    touch\n"), "the replay goes on: " + out);
        assertTrue(out.endsWith("block.t: 1 passed, 1 failed\n"), out);
    }
}
