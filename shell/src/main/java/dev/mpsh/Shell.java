package dev.mpsh;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.complete.ShellCompleter;
import dev.mpsh.complete.StandardCompleters;
import dev.mpsh.output.Style;
import dev.mpsh.repl.HistoryFile;
import dev.mpsh.repl.Repl;
import dev.mpsh.script.ScriptRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Starts the front ends Main chooses between: the interactive shell and a script file. */
final class Shell {
    private Shell() {
    }

    static int interactive(Dispatcher dispatcher, Session session, PrintStream out, PrintStream err) {
        return interactive(dispatcher, session, out, err, null);
    }

    /** @param firstLine run before the first prompt (e.g. "tui"), or null */
    static int interactive(Dispatcher dispatcher, Session session, PrintStream out, PrintStream err, String firstLine) {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder()
                    .system(true)
                    .name("mpsh")
                    .encoding(StandardCharsets.UTF_8)
                    .nativeSignals(true)
                    // Ctrl-\ and Ctrl-Z must not end or stop the shell; Ctrl-C is handled by Repl.
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build();
        } catch (IOException e) {
            err.println("mpsh: cannot open the terminal: " + e.getMessage() + "; run with a script file or -c instead");
            return 74;
        }
        try (terminal) {
            session.screenSize(() -> new dev.mpsh.command.ScreenSize(terminal.getWidth(), terminal.getHeight()));
            ShellCompleter completer = new ShellCompleter(dispatcher.registry(),
                    StandardCompleters.create(dispatcher.registry()), session);
            Path history = HistoryFile.location(System.getenv(), System.getProperty("user.home"));
            return new Repl(terminal, dispatcher, session, completer, history, out, err, Style.detect(true))
                    .startWith(firstLine).run();
        } catch (IOException e) {
            return 0;
        }
    }

    static int script(Dispatcher dispatcher, CommandContext ctx, Path file, boolean keepGoing) {
        try {
            int status = new ScriptRunner(dispatcher).run(file, ctx, false, keepGoing);
            Integer exit = ctx.session().exitStatus();
            return exit != null ? exit : status;
        } catch (CommandException e) {
            Dispatcher.error(ctx, "mpsh", e.getMessage());
            return e.status();
        }
    }
}
