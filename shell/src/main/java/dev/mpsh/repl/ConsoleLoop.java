package dev.mpsh.repl;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * The plain line loop: a prompt on a terminal, none when stdin is a pipe. Ctrl-C cancels the
 * running command and never ends the shell; end of input leaves it.
 */
public final class ConsoleLoop {
    private final Dispatcher dispatcher;
    private final CommandContext base;
    private final BufferedReader in;
    private final AtomicReference<CommandContext> running = new AtomicReference<>();

    public ConsoleLoop(Dispatcher dispatcher, CommandContext base, BufferedReader in) {
        this.dispatcher = dispatcher;
        this.base = base;
        this.in = in;
    }

    public int run() {
        Signal.handle(new Signal("INT"), sig -> {
            CommandContext ctx = running.get();
            if (ctx != null) {
                ctx.cancellation().cancel();
            } else if (base.interactive()) {
                base.out().print("\n" + prompt());
                base.out().flush();
            }
        });
        int status = 0;
        while (true) {
            if (base.interactive()) {
                base.out().print(prompt());
                base.out().flush();
            }
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                Dispatcher.error(base, "mpsh", "cannot read input: " + e.getMessage());
                return 74;
            }
            if (line == null) {
                if (base.interactive()) {
                    base.out().println();
                }
                return status;
            }
            CommandContext ctx = base.next();
            running.set(ctx);
            try {
                status = dispatcher.execute(line, ctx);
            } finally {
                running.set(null);
            }
            Integer exit = base.session().exitStatus();
            if (exit != null) {
                return exit;
            }
        }
    }

    private String prompt() {
        String ns = base.session().namespace();
        String lab = base.session().labName();
        String where = ns == null ? "host" : ns;
        return (lab.equals(dev.mpsh.command.Session.DEFAULT_LAB) ? "mpsh" : "mpsh:" + lab) + "[" + where + "]> ";
    }

    /** Runs a script: each line in turn, stopping at the first failure or at 'exit'. */
    public static int runFile(Dispatcher dispatcher, CommandContext base, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            Dispatcher.error(base, "mpsh", "no such script file: " + file);
            return 66;
        } catch (IOException e) {
            Dispatcher.error(base, "mpsh", "cannot read " + file + ": " + e.getMessage());
            return 66;
        }
        int status = 0;
        for (String line : lines) {
            status = dispatcher.execute(line, base.next());
            Integer exit = base.session().exitStatus();
            if (exit != null) {
                return exit;
            }
            if (status != 0) {
                return status;
            }
        }
        return status;
    }
}
