package dev.mpsh.ns;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import java.util.ArrayList;
import java.util.List;

/** {@code sh CMD…}: runs a program in the host's own namespace, whatever the current one is. */
public final class ShCommand implements Command {
    private final ProcessRunner runner;

    public ShCommand(ProcessRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "sh";
    }

    @Override
    public String group() {
        return "namespaces";
    }

    @Override
    public String summary() {
        return "run a program in the host's namespace, not the lab's";
    }

    @Override
    public String help() {
        return """
                usage: sh PROGRAM [ARGS...]

                Runs PROGRAM in the host's own network namespace, whatever namespace the prompt
                shows, and says so first. mpsh itself never changes the host's namespace; what
                you run here can, so take care. 'sh -c "..."' runs /bin/sh itself there.

                examples:
                  sh ip netns list
                  sh ip -br link
                  sh -c 'ip -br addr | grep UP'
                """;
    }

    @Override
    public boolean rawArguments() {
        return true;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        if (args.isEmpty()) {
            throw CommandException.usage("needs a program to run in the host's namespace, e.g. 'sh ip netns list'");
        }
        List<String> words = args;
        if (args.get(0).startsWith("-")) {
            // 'sh -c "a | b"' means the real sh, as in any shell.
            words = new ArrayList<>(args);
            words.add(0, "sh");
        }
        String note = ctx.style().yellow("(host namespace) ") + String.join(" ", words);
        return Result.status(Launch.run(runner, ctx, null, words, note));
    }
}
