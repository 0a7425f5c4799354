package dev.mpsh.command;

import dev.mpsh.Commands;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A line typed into the real commands, on a fake lab 't1' whose commands are recorded, not run. */
final class Typed {
    record Run(int status, String err) {
    }

    private final Dispatcher dispatcher = Commands.dispatcher(RecordingRunner.recording());

    Run type(String line) {
        Session session = new Session("t1");
        session.namespaces(new FakeNamespaces("t1-"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = dispatcher.execute(line, new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false));
        return new Run(status, err.toString(StandardCharsets.UTF_8).strip());
    }

    CommandRegistry registry() {
        return dispatcher.registry();
    }
}
