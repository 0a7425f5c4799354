package dev.mpsh.repl;

import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.complete.ShellCompleter;
import dev.mpsh.complete.StandardCompleters;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/** Drives a Repl through a JLine DumbTerminal of type "ansi" (full emacs keymap, no TTY). */
final class ReplHarness implements AutoCloseable {
    final Session session;
    final DumbTerminal terminal;
    final Repl repl;
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private CompletableFuture<Integer> exit;

    ReplHarness(Dispatcher dispatcher, Session session, Path history) throws IOException {
        this.session = session;
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        terminal = new DumbTerminal("terminal", "ansi", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(160, 40));
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        ShellCompleter completer = new ShellCompleter(dispatcher.registry(),
                StandardCompleters.create(dispatcher.registry()), session);
        repl = new Repl(terminal, dispatcher, session, completer, history, out, out, Style.PLAIN);
    }

    ReplHarness start() {
        exit = CompletableFuture.supplyAsync(repl::run);
        return this;
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Ends the input (as Ctrl-D at an empty prompt would) and waits for the shell to leave. */
    int finish() throws Exception {
        keys.close();
        return exit.get(5, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Waits until the terminal shows TEXT (the shell echoed it), under a ceiling that only catches a hang. */
    void awaitScreen(String text) throws InterruptedException {
        awaitScreen(text, 1);
    }

    /** Waits until the terminal has shown TEXT at least TIMES times (e.g. a second prompt). */
    void awaitScreen(String text, int times) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (screen().split(java.util.regex.Pattern.quote(text), -1).length - 1 < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal never showed '" + text + "' " + times + "x: " + screen());
            }
            Thread.sleep(10);
        }
    }

    CompletableFuture<Integer> exit() {
        return exit;
    }

    /** What was written to the terminal, with escape sequences and carriage returns removed. */
    String screen() {
        return screen.toString(StandardCharsets.UTF_8)
                .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
    }

    @Override
    public void close() throws IOException {
        keys.close();
        terminal.close();
    }
}
