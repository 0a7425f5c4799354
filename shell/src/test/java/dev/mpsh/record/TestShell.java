package dev.mpsh.record;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.LineSource;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** mpsh's real commands plus a counting {@code touch} command, run through a real dispatcher with captured output. */
final class TestShell {
    final AtomicInteger touched = new AtomicInteger();
    final Dispatcher dispatcher;
    final Session session = new Session(Session.DEFAULT_LAB);
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Deque<String> typed = new ArrayDeque<>();
    boolean interactive;
    Style style = Style.PLAIN;

    TestShell() {
        CommandRegistry registry = Commands.all().register(new Command() {
            @Override
            public String name() {
                return "touch";
            }

            @Override
            public String group() {
                return "test";
            }

            @Override
            public String summary() {
                return "counts its runs";
            }

            @Override
            public String help() {
                return "usage: touch\n";
            }

            @Override
            public Result run(CommandContext ctx, List<String> args) {
                return Result.text("touched " + touched.incrementAndGet());
            }
        });
        registry.register(new Command() {
            @Override
            public String name() {
                return "block";
            }

            @Override
            public String group() {
                return "test";
            }

            @Override
            public String summary() {
                return "runs until Ctrl+C, like monitor";
            }

            @Override
            public String help() {
                return "usage: block\n";
            }

            @Override
            public Result run(CommandContext ctx, List<String> args) throws dev.mpsh.command.CommandException {
                java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
                try (AutoCloseable hook = ctx.cancellation().onCancel(stopped::countDown)) {
                    stopped.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return Result.status(130);
            }
        });
        dispatcher = new Dispatcher(registry);
    }

    /** Runs one line as if typed at the prompt; returns its status. */
    int type(String line) {
        LineSource in = typed::poll;
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                in, new Cancellation(), style, interactive);
        return dispatcher.execute(line, ctx);
    }

    /** The repository root: MPSH_HOME as the build sets it, else found from the working directory. */
    static java.nio.file.Path repositoryRoot() {
        String home = System.getenv("MPSH_HOME");
        if (home != null) {
            return java.nio.file.Path.of(home);
        }
        java.nio.file.Path p = java.nio.file.Path.of("").toAbsolutePath();
        while (p != null && !java.nio.file.Files.isDirectory(p.resolve("recordings"))) {
            p = p.getParent();
        }
        return p;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
