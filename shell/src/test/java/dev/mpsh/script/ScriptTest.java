package dev.mpsh.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingRunner runner = RecordingRunner.recording();
    private final Dispatcher dispatcher = Commands.dispatcher(runner);
    private final Session session = new Session("default");

    ScriptTest() {
        session.namespaces(new FakeNamespaces(""));
    }

    private int run(String line) {
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false);
        return dispatcher.execute(line, ctx);
    }

    private Path script(String text) throws IOException {
        Path f = dir.resolve("s.mpsh");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void echoesEachLineAndHonoursComments() throws IOException {
        Path f = script("# setup\nip addr   # the addresses\n\nip a#b\n");
        assertEquals(0, run("source " + f));
        assertEquals("mpsh[host]> # setup\nmpsh[host]> ip addr   # the addresses\nmpsh[host]> ip a#b\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("ip", "addr"), List.of("ip", "a#b")), runner.runs);
    }

    @Test
    void stopsAtTheFirstFailureUnlessKeepGoing() throws IOException {
        Path f = script("ip one\nns nowhere\nip two\n");
        assertEquals(2, run("source " + f));
        assertEquals("ns: no namespace 'nowhere'; choose one of client, Router, LB, switch, app-1, app-2\n"
                + "source: stopped at " + f + ":2 (status 2); add --keep-going to run past failures\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("ip", "one")), runner.runs);
        runner.runs.clear();
        assertEquals(2, run("source --keep-going " + f));
        assertEquals(List.of(List.of("ip", "one"), List.of("ip", "two")), runner.runs);
    }

    @Test
    void exitEndsTheScriptNotTheShell() throws IOException {
        Path f = script("ip one\nexit 4\nip two\n");
        assertEquals(4, run("source " + f));
        assertNull(session.exitStatus());
        assertEquals(List.of(List.of("ip", "one")), runner.runs);
    }

    @Test
    void aScriptFileRunByMpshEndsAtExitWithItsStatus() throws Exception {
        Path f = script("ip one\nexit 5\nip two\n");
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false);
        assertEquals(5, new ScriptRunner(dispatcher).run(f, ctx, false, false));
        assertEquals(5, session.exitStatus());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileOrASelfSourcingFileIsOneLine() throws IOException {
        assertEquals(66, run("source " + dir.resolve("none.mpsh")));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        err.reset();
        Path f = dir.resolve("loop.mpsh");
        Files.writeString(f, "source " + f + "\n");
        int status = run("source " + f);
        assertEquals(1, status);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("source: scripts nested more than 16 deep; does " + f + " source itself?", lines[0]);
    }
}
