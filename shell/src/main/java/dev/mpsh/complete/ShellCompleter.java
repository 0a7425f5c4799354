package dev.mpsh.complete;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.DidYouMean;
import dev.mpsh.command.Session;
import dev.mpsh.ns.NamespaceView;
import dev.mpsh.ns.Programs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completion for a whole input line, in plain Java (the JLine adapter only converts): the first
 * word is a command, a namespace or a program; after a namespace name the rest completes as a
 * command run there; after that the command word's {@link ArgumentCompleter} takes over, and
 * for a command without one, a word that begins with '-' completes to the options its help text
 * declares ({@link DidYouMean#options}).
 */
public final class ShellCompleter {
    /** Programs worth offering as a first word; anything else on PATH still runs. */
    static final List<String> PROGRAMS = List.of("ip", "ss", "sysctl", "tcpdump", "ping", "nft", "nstat", "bash");

    private final CommandRegistry commands;
    private final CompleterRegistry completers;
    private final Session session;

    public ShellCompleter(CommandRegistry commands, CompleterRegistry completers, Session session) {
        this.commands = commands;
        this.completers = completers;
        this.session = session;
    }

    /** Suggestions for the word at the end of {@code lineUpToCursor}. */
    public List<Suggestion> complete(String lineUpToCursor) {
        CompletionLine line = CompletionLine.parse(lineUpToCursor);
        if (line.inComment()) {
            return List.of();
        }
        return complete(line.words(), line.current(), session.namespace());
    }

    /** Suggestions for {@code prefix} after {@code words}, for a command that runs in {@code target}. */
    public List<Suggestion> complete(List<String> words, String prefix, String target) {
        NamespaceView view = new NamespaceView(session);
        return filter(suggest(words, prefix, target, view), prefix);
    }

    private List<Suggestion> suggest(List<String> words, String prefix, String target, NamespaceView view) {
        if (words.isEmpty()) {
            return firstWords(view);
        }
        String first = words.get(0);
        Optional<Command> command = commands.find(first);
        if (command.isEmpty() && view.isNamespace(first)) {
            return complete(words.subList(1, words.size()), prefix, first);
        }
        Optional<ArgumentCompleter> completer = completers.find(first);
        if (completer.isPresent()) {
            return completer.get().complete(new CompletionRequest(words, prefix, target, view, this));
        }
        if (command.isPresent()) {
            if (prefix.startsWith("-")) {
                // the options its help text declares, the same ones did-you-mean knows
                return DidYouMean.options(command.get().help(session.scenario())).stream()
                        .filter(o -> !words.contains(o)).map(Suggestion::word).toList();
            }
            if (words.size() == 1) {
                return command.get().subcommands().stream().map(Suggestion::word).toList();
            }
            return List.of();
        }
        return FileNames.complete(prefix);
    }

    private List<Suggestion> firstWords(NamespaceView view) {
        List<Suggestion> out = new ArrayList<>();
        for (String word : commands.words()) {
            Command c = commands.find(word).orElseThrow();
            out.add(Suggestion.word(word, c.summary(), "commands"));
        }
        for (String ns : view.names()) {
            if (commands.find(ns).isEmpty()) {
                out.add(Suggestion.word(ns, "run a command in " + ns, "namespaces"));
            }
        }
        for (Suggestion p : programs()) {
            if (commands.find(p.value()).isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The programs of {@link #PROGRAMS} that are on PATH here. */
    static List<Suggestion> programs() {
        return PROGRAMS.stream().filter(p -> Programs.find(p).isPresent()).map(p -> Suggestion.word(p, null, "programs")).toList();
    }

    private static List<Suggestion> filter(List<Suggestion> all, String prefix) {
        Set<String> seen = new LinkedHashSet<>();
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : all) {
            if (s.value().startsWith(prefix) && seen.add(s.value())) {
                out.add(s);
            }
        }
        return out;
    }
}
