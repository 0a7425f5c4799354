package dev.mpsh.repl;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * The loop for standard input that is not a terminal: no prompt, no line editing, each line run
 * in turn (a failure does not stop the rest). Ctrl-C cancels the running command; end of input
 * leaves.
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
            }
        });
        int status = 0;
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                Dispatcher.error(base, "mpsh", "cannot read input: " + e.getMessage());
                return 74;
            }
            if (line == null) {
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
}
