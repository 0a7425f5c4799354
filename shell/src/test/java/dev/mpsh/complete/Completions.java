package dev.mpsh.complete;

import dev.mpsh.Commands;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.Session;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.util.List;

/** The whole-line completer of a shell on lab t1 (namespaces t1-…, the scenario's interfaces, no kernel). */
final class Completions {
    final Session session = new Session("t1");
    private final ShellCompleter completer;

    Completions() {
        session.namespaces(new FakeNamespaces("t1-"));
        CommandRegistry registry = Commands.dispatcher(RecordingRunner.recording()).registry();
        completer = new ShellCompleter(registry, StandardCompleters.create(registry), session);
    }

    /** The values offered for the last word of line. */
    List<String> values(String line) {
        return completer.complete(line).stream().map(Suggestion::value).toList();
    }

    List<Suggestion> complete(String line) {
        return completer.complete(line);
    }
}
