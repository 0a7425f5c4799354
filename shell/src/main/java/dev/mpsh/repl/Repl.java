package dev.mpsh.repl;

import dev.mpsh.command.BackgroundOutput;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.LineSource;
import dev.mpsh.command.Session;
import dev.mpsh.complete.ShellCompleter;
import dev.mpsh.output.Style;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;

/**
 * The interactive shell: JLine reads and edits lines, the {@link Dispatcher} runs them. Ctrl-C
 * drops the line being edited, or cancels the running command (a child gets SIGINT), and never
 * leaves; Ctrl-D on an empty line leaves. Background output goes above the prompt.
 */
public final class Repl {
    private final Terminal terminal;
    private final Dispatcher dispatcher;
    private final Session session;
    private final ShellCompleter completer;
    private final Path historyFile;
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final AtomicReference<CommandContext> running = new AtomicReference<>();
    private volatile LineReader reader;
    private String firstLine;

    /**
     * @param historyFile where history persists; null keeps it in memory only
     * @param out where commands print: the terminal (directly, or through the terminal's streams)
     */
    public Repl(Terminal terminal, Dispatcher dispatcher, Session session, ShellCompleter completer,
                Path historyFile, PrintStream out, PrintStream err, Style style) {
        this.terminal = terminal;
        this.dispatcher = dispatcher;
        this.session = session;
        this.completer = completer;
        this.historyFile = historyFile;
        this.out = out;
        this.err = err;
        this.style = style;
    }

    /** Runs {@code line} (e.g. {@code tui} for {@code mpsh --tui}) before the first prompt. */
    public Repl startWith(String line) {
        this.firstLine = line;
        return this;
    }

    /** Reads and runs lines until Ctrl-D or {@code exit}; returns the exit status. */
    public int run() {
        reader = buildReader();
        Terminal.SignalHandler previousInt = terminal.handle(Signal.INT, sig -> interrupt());
        BackgroundOutput previousBackground = session.background();
        session.background(this::printAbove);
        session.terminalHandover(new JLineHandover(terminal));
        LineSource in = this::readInteractiveLine;
        CommandContext base = new CommandContext(session, dispatcher.registry(), out, err, in,
                new Cancellation(), style, true);
        int status = 0;
        try {
            while (true) {
                String line;
                try {
                    line = firstLine != null ? firstLine : reader.readLine(Prompt.render(session, style));
                    firstLine = null;
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    out.println();
                    break;
                }
                CommandContext ctx = base.next();
                // A program that dies in raw mode (a killed full-screen tool) must not leave the
                // terminal broken for the prompt.
                Attributes saved = terminal.getAttributes();
                running.set(ctx);
                try {
                    status = dispatcher.execute(line, ctx);
                } finally {
                    running.set(null);
                    terminal.setAttributes(saved);
                }
                if (ctx.cancellation().isCancelled()) {
                    out.println(); // the terminal echoed ^C: the next prompt starts on its own line
                }
                Integer exit = session.exitStatus();
                if (exit != null) {
                    status = exit;
                    break;
                }
            }
        } finally {
            session.background(previousBackground);
            session.terminalHandover(null);
            terminal.handle(Signal.INT, previousInt);
            saveHistory();
        }
        out.flush();
        return status;
    }

    /** What Ctrl-C does while a command runs (at the prompt JLine handles it itself). */
    public void interrupt() {
        CommandContext ctx = running.get();
        if (ctx != null) {
            ctx.cancellation().cancel();
        }
    }

    /** Prints lines above the prompt while one is shown, plainly otherwise. */
    void printAbove(String text) {
        LineReader r = reader;
        if (r != null && r.isReading()) {
            r.printAbove(text);
        } else {
            synchronized (out) {
                out.println(text);
                out.flush();
            }
        }
    }

    private String readInteractiveLine() {
        try {
            return reader.readLine("> ");
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    private LineReader buildReader() {
        LineReaderBuilder b = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("mpsh")
                .parser(new ReplParser())
                .completer(new JLineCompleter(completer))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.AUTO_GROUP, true)
                .variable(LineReader.HISTORY_SIZE, 2000)
                .variable(LineReader.HISTORY_FILE_SIZE, 5000);
        if (historyFile != null) {
            try {
                HistoryFile.prepare(historyFile);
                HistoryFile.compact(historyFile);
            } catch (IOException e) {
                err.println(style.yellow("mpsh: history is not kept: cannot use " + historyFile + " (" + e.getMessage() + ")"));
            }
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        return b.build();
    }

    private void saveHistory() {
        if (historyFile == null) {
            return;
        }
        try {
            reader.getHistory().save();
            HistoryFile.compact(historyFile);
        } catch (IOException e) {
            err.println(style.yellow("mpsh: history not saved to " + historyFile + ": " + e.getMessage()));
        }
    }
}
