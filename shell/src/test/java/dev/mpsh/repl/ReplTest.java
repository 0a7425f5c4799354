package dev.mpsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import dev.mpsh.ns.ChildProcessRunner;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplTest {
    @TempDir
    Path dir;

    private Session session() {
        Session s = new Session("t1");
        s.namespaces(new FakeNamespaces("t1-"));
        return s;
    }

    @Test
    void tabListsTheNamespacesThatMatch() throws Exception {
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(RecordingRunner.recording()), session(), null).start()) {
            h.type("ns ap\t\t\u0015\n");
            assertEquals(0, h.finish());
            String screen = h.screen();
            assertTrue(screen.contains("app-1") && screen.contains("app-2"), screen);
            assertFalse(screen.contains("client"), "only names that match are listed: " + screen);
        }
    }

    @Test
    void tabCompletesIpMptcpAndTheLineRunsInTheCurrentNamespace() throws Exception {
        RecordingRunner runner = RecordingRunner.recording();
        Session session = new Session("t1");
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(runner), session, null).start()) {
            h.type("ip mp\tendpoint sh\t\n");
            h.finish();
        }
        assertEquals(List.of(List.of("ip", "mptcp", "endpoint", "show")), runner.runs);
    }

    @Test
    void tabListsInterfacesOfTheCurrentNamespace() throws Exception {
        Session session = session();
        session.namespace("client");
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(RecordingRunner.recording()), session, null).start()) {
            h.type("tcpdump -ni e\t\t\u0015\n");
            h.finish();
            String screen = h.screen();
            assertTrue(screen.contains("eth1") && screen.contains("eth2"), screen);
            assertTrue(screen.contains("mpsh:t1[client]> "), "prompt shows lab and namespace: " + screen);
        }
    }

    @Test
    void ctrlCDuringARunningChildEndsItAndReturnsToThePrompt() throws Exception {
        Dispatcher dispatcher = Commands.dispatcher(new ChildProcessRunner());
        try (ReplHarness h = new ReplHarness(dispatcher, new Session("default"), null).start()) {
            // The child would run for an hour: its exit within the ceiling proves Ctrl-C ended it,
            // with no bound on how fast a loaded machine delivers the signal.
            h.type("sleep 3600\n");
            ProcessHandle sleep = awaitChild("sleep");
            h.terminal.raise(Signal.INT);
            assertTrue(sleep.onExit().get(5, TimeUnit.MINUTES) != null, "Ctrl-C did not end the child");
            h.type("exit 7\n");
            assertEquals(7, h.exit().get(5, TimeUnit.MINUTES), "the shell went on after Ctrl-C");
        }
    }

    @Test
    void ctrlCAtThePromptDropsTheLineAndKeepsTheShell() throws Exception {
        RecordingRunner runner = RecordingRunner.recording();
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(runner), new Session("default"), null).start()) {
            h.type("ip addr");
            h.awaitScreen("ip addr");
            h.terminal.raise(Signal.INT);
            h.awaitScreen("> ", 2); // the fresh prompt after Ctrl-C dropped the line
            h.type("ip link\n");
            h.finish();
        }
        assertEquals(List.of(List.of("ip", "link")), runner.runs);
    }

    @Test
    void historyKeepsEachLineOnceAcrossSessions() throws Exception {
        Path history = dir.resolve("state/mpsh/history");
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(RecordingRunner.recording()), session(), history).start()) {
            h.type("help\nhelp\nns -\nhelp\n");
            h.finish();
        }
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(RecordingRunner.recording()), session(), history).start()) {
            h.type("ns -\nhelp\n");
            h.finish();
        }
        List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        assertEquals(List.of("ns -", "help"), lines);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void backgroundOutputPrintsAboveThePromptAndLeavesTheEditedLineIntact() throws Exception {
        RecordingRunner runner = RecordingRunner.recording();
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(runner), session(), null).start()) {
            h.type("ip li");
            h.awaitScreen("ip li");
            h.session.background().println("[ESTABLISHED] token=1");
            h.type("nk\n");
            h.finish();
            String screen = h.screen();
            assertTrue(screen.contains("[ESTABLISHED] token=1\n"), screen);
            assertTrue(screen.indexOf("[ESTABLISHED]") < screen.lastIndexOf("mpsh:t1[host]> ip li"),
                    "the prompt and the partial line are drawn again below: " + screen);
        }
        assertEquals(List.of(List.of("ip", "link")), runner.runs);
    }

    @Test
    void ctrlCCancelsABuiltInCommand() throws Exception {
        CommandRegistry registry = new CommandRegistry().register(new WaitCommand());
        Dispatcher dispatcher = new Dispatcher(registry);
        try (ReplHarness h = new ReplHarness(dispatcher, new Session("default"), null).start()) {
            h.type("wait\n");
            assertTrue(WaitCommand.started.await(5, TimeUnit.MINUTES));
            h.terminal.raise(Signal.INT);
            assertEquals(130, h.finish(), "the shell went on and left with the cancelled command's status");
        }
    }

    /** Blocks until its Cancellation is cancelled, as a monitor would. */
    static final class WaitCommand implements Command {
        static final CountDownLatch started = new CountDownLatch(1);

        @Override
        public String name() {
            return "wait";
        }

        @Override
        public String group() {
            return "test";
        }

        @Override
        public String summary() {
            return "waits for Ctrl-C";
        }

        @Override
        public String help() {
            return "usage: wait";
        }

        @Override
        public Result run(CommandContext ctx, List<String> args) throws CommandException {
            CountDownLatch cancelled = new CountDownLatch(1);
            ctx.cancellation().onCancel(cancelled::countDown);
            started.countDown();
            try {
                if (!cancelled.await(5, TimeUnit.MINUTES)) {
                    throw new CommandException("never cancelled");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Result.status(130);
        }
    }

    @Test
    void bangIsNotHistoryExpansion() throws Exception {
        RecordingRunner runner = RecordingRunner.recording();
        try (ReplHarness h = new ReplHarness(Commands.dispatcher(runner), new Session("default"), null).start()) {
            h.type("ip link\nip !! !-1\n");
            h.finish();
        }
        assertEquals(List.of(List.of("ip", "link"), List.of("ip", "!!", "!-1")), runner.runs);
    }

    @Test
    void historyLocationFollowsXdg() {
        assertEquals(Path.of("/s/mpsh/history"), HistoryFile.location(java.util.Map.of("XDG_STATE_HOME", "/s"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/state/mpsh/history"), HistoryFile.location(java.util.Map.of(), "/home/u"));
    }

    private static ProcessHandle awaitChild(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            var found = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/" + name)).orElse(false)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no child '" + name + "' started");
    }
}
