package dev.mpsh.client;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.LineSource;
import dev.mpsh.command.Namespaces;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs command lines through the real dispatcher and captures what they print. */
final class CommandHarness {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Session session = new Session(Session.DEFAULT_LAB);
    final Cancellation cancellation = new Cancellation();
    final Dispatcher dispatcher = new Dispatcher(Commands.all());
    LineSource in = () -> null;

    /** A lab whose scenario names map to the given /run/netns names. */
    CommandHarness lab(Map<String, String> netns) {
        session.namespaces(new Namespaces() {
            @Override
            public List<String> names() {
                return List.copyOf(netns.keySet());
            }

            @Override
            public String netnsName(String name) {
                return netns.get(name);
            }

            @Override
            public boolean labUp() {
                return true;
            }

            @Override
            public List<String> interfaces(String name) {
                return List.of();
            }

            @Override
            public List<String> addresses() {
                return List.of();
            }
        });
        return this;
    }

    int run(String line) {
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                in, cancellation, Style.PLAIN, true);
        return dispatcher.execute(line, ctx);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
