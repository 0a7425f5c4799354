package dev.mpsh.ns;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Starts a program in a lab namespace ({@code ip netns exec}) or in the host's. */
final class Launch {
    private Launch() {
    }

    /** Pipes, redirections and && as separate words: the line is handed to /bin/sh. */
    private static final Set<String> OPERATORS =
            Set.of("|", "||", "&&", ">", ">>", "<", "2>", "2>>", "2>&1", "&>", "|&");

    static boolean needsShell(List<String> words) {
        return words.stream().anyMatch(OPERATORS::contains);
    }

    /** The words quoted for sh, operators left as they are. */
    static String shellText(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (OPERATORS.contains(w) || w.matches("[A-Za-z0-9_./=:,@%+-]+")) {
                sb.append(w);
            } else {
                sb.append('\'').append(w.replace("'", "'\\''")).append('\'');
            }
        }
        return sb.toString();
    }

    /**
     * Runs {@code words} where {@code namespace} says (null: the host's namespace).
     *
     * @return the program's exit status
     */
    static int run(ProcessRunner runner, CommandContext ctx, String namespace, List<String> words)
            throws CommandException {
        return run(runner, ctx, namespace, words, null);
    }

    /** The same, printing {@code note} on stderr once the program is known to be there. */
    static int run(ProcessRunner runner, CommandContext ctx, String namespace, List<String> words, String note)
            throws CommandException {
        String program = words.get(0);
        if (Programs.find(program).isEmpty()) {
            throw new CommandException.UnknownWord(CommandException.UnknownWord.Kind.COMMAND, "unknown command '" + program
                    + "': neither an mpsh command nor a program on PATH", program, "; type 'help' for mpsh commands", 127);
        }
        List<String> argv = new ArrayList<>();
        if (namespace != null) {
            NamespaceView view = new NamespaceView(ctx.session());
            if (!view.exists(namespace)) {
                throw new CommandException("namespace '" + namespace + "' is not there (/run/netns/"
                        + view.netns(namespace) + " is missing); 'lab up' builds the lab");
            }
            argv.addAll(List.of("ip", "netns", "exec", view.netns(namespace)));
        }
        argv.addAll(needsShell(words) ? List.of("sh", "-c", shellText(words)) : words);
        if (note != null) {
            ctx.err().println(note);
        }
        if (ctx.session().verbose()) {
            ctx.err().println(ctx.style().dim("+ " + String.join(" ", argv)));
        }
        return runner.run(argv, ctx);
    }
}
