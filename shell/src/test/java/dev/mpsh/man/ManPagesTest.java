package dev.mpsh.man;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Command;
import dev.mpsh.testing.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages are the help texts and the transcript format's description, and troff accepts them. */
class ManPagesTest {
    private static final String SHELL = ManPages.shell();

    private static String recordingsMd() throws IOException {
        return Files.readString(Run.home().resolve("docs/recordings.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandHasItsEntryWithItsWholeHelpText() {
        for (Command c : Commands.dispatcher().registry().commands()) {
            assertTrue(SHELL.contains(".TP\n\\fB" + Troff.escape(c.name())), "mpsh(1) has no entry for " + c.name());
            String help = c.help(new dev.mpsh.lab.ScenarioSource().orNull()).stripTrailing();
            for (String line : help.lines().toList()) {
                assertTrue(SHELL.contains("\n" + Troff.escape(line) + "\n"),
                        "mpsh(1) lacks this line of '" + c.name() + " --help': " + line);
            }
        }
    }

    @Test
    void theOptionsAreTheLaunchersUsageText() {
        for (String option : new String[] {"-c CMDS", "--lab NAME", "--scenario NAME", "--tui", "--version"}) {
            assertTrue(SHELL.contains(".TP\n\\fB" + Troff.escape(option) + "\\fR\n"), "no option " + option + " in mpsh(1)");
        }
        assertTrue(SHELL.contains("build the lab from scenario NAME ('scenario list' shows them)"), "an option's text is joined");
        assertTrue(SHELL.contains(".SH \"SYNOPSIS\"\n.nf\n\\fBmpsh\\fR [\\-\\-lab NAME]"), SHELL.substring(0, 400));
    }

    @Test
    void textThatTroffWouldReadAsARequestIsEscaped() {
        assertEquals("\\&.hidden \\e \\-x\n\\&'quote", Troff.escape(".hidden \\ -x\n'quote"));
    }

    @Test
    void theTranscriptPageIsTheFormatSectionOfTheRecordingsPage() throws IOException {
        String page = TranscriptManPage.render("1.0", recordingsMd());
        assertTrue(page.startsWith(".TH \"MPSH\\-TRANSCRIPT\" 5 "), page.substring(0, 80));
        for (String kind : new String[] {"mpsh transcript v1", "  $ COMMAND", "  > MORE", "  [N]", "## TITLE",
                "  TEXT (re)", "  TEXT (glob)", "  TEXT (esc)", "  TEXT (no-eol)", "{n}", "{port}", "{token}", "{hex}",
                "{ip}", "{dur}", "{word}", "{*}", "{ns:NAME}", "  # wait=2.4s took=1.2s"}) {
            assertTrue(page.contains(".TP\n" + Troff.bold(kind) + "\n") || page.contains(Troff.bold(kind)),
                    "mpsh-transcript(5) does not describe " + kind);
        }
        assertTrue(page.contains(".SS \"Volatile output: patterns\""), "its subsections are there");
        assertTrue(page.contains(".SS \"Timing\""));
        assertTrue(!page.contains(".SS \"Recording\"") && !page.contains("record chapter TITLE"),
                "it ends where the format's section ends");
        assertThrows(IllegalArgumentException.class, () -> TranscriptManPage.render("1.0", "# nothing here\n"));
    }

    @Test
    void inlineMarkdownBecomesFontChanges() {
        assertEquals("a \\fBx|y \\-v\\fR and \\fBbold\\fR, \\fIit\\fR, cram <https://bitheap.org/cram>, help.t",
                TranscriptManPage.inline("a `x|y -v` and **bold**, *it*, [cram](https://bitheap.org/cram), [help.t](../recordings/help.t)"));
    }

    @Test
    void groffRendersBothPagesWithoutAWarning() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff is not installed (Debian: groff-base); skipped");
        for (String page : new String[] {SHELL, TranscriptManPage.render("1.0", recordingsMd())}) {
            Path src = Files.createTempFile("mpsh-man", ".man");
            try {
                Files.writeString(src, page, StandardCharsets.UTF_8);
                Run.Outcome o = Run.command(120, "groff", "-man", "-Tutf8", "-ww", "-z", "-k", src.toString());
                assertEquals(0, o.status(), o.toString());
                assertEquals("", o.err(), "groff warns about the page");
            } finally {
                Files.delete(src);
            }
        }
    }

    @Test
    void thePagesAreWrittenGzipped(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("recordings.md");
        Files.writeString(md, recordingsMd());
        ManPages.main(new String[] {dir.resolve("man").toString(), md.toString()});
        assertEquals(SHELL, gunzip(dir.resolve("man/man1/mpsh.1.gz")));
        assertTrue(gunzip(dir.resolve("man/man5/mpsh-transcript.5.gz")).startsWith(".TH \"MPSH\\-TRANSCRIPT\" 5"));
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
