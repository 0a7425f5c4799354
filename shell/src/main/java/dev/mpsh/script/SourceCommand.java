package dev.mpsh.script;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code source FILE [--keep-going]}: runs a file of mpsh lines, echoing each. */
public final class SourceCommand implements Command {
    private final Supplier<Dispatcher> dispatcher;

    /** The dispatcher is supplied late: it holds this command in its registry. */
    public SourceCommand(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return "source";
    }

    @Override
    public String group() {
        return "shell";
    }

    @Override
    public String summary() {
        return "run the mpsh lines of a file, echoing each";
    }

    @Override
    public String help() {
        return """
                usage: source FILE [--keep-going]

                Runs each line of FILE as if typed at the prompt, echoing it first. Stops at the
                first line that fails unless --keep-going is given. An 'exit' in FILE ends the
                script (not the shell) with its status. '#' starts a comment at the start of a
                line or after a space, never inside a word. Ctrl-C stops the script.

                examples:
                  source fixes.mpsh
                  source checks.mpsh --keep-going
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        boolean keepGoing = rest.remove("--keep-going");
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            throw CommandException.usage("needs one script file, e.g. 'source fixes.mpsh' or 'source FILE --keep-going'");
        }
        Path file;
        try {
            file = Path.of(rest.get(0));
        } catch (RuntimeException e) {
            throw CommandException.usage("'" + rest.get(0) + "' is not a valid file name");
        }
        int status = new ScriptRunner(dispatcher.get()).run(file, ctx, true, keepGoing);
        if (ctx.session().exitStatus() != null) {
            ctx.session().clearExit();
        }
        return Result.status(status);
    }
}
