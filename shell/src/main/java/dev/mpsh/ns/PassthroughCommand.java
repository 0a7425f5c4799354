package dev.mpsh.ns;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import java.util.List;

/**
 * What the dispatcher runs for a line that is no mpsh command: the line as a real program in the
 * current namespace, or {@code NAME CMD…} in namespace NAME (Mininet style), without switching.
 */
public final class PassthroughCommand implements Command {
    private final ProcessRunner runner;

    public PassthroughCommand(ProcessRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String group() {
        return "namespaces";
    }

    @Override
    public String summary() {
        return "run a program in the current namespace (any line that is no mpsh command)";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: PROGRAM [ARGS...]
                       NAMESPACE PROGRAM [ARGS...]

                A line whose first word is no mpsh command runs as a real program in the current
                namespace (the one in the prompt), with the terminal: interactive programs such
                as bash or tcpdump work, and Ctrl-C reaches them. Its exit status is the
                command's. With a namespace name first, it runs there once without switching.

                examples:
                  ip mptcp endpoint show
                  sysctl net.mptcp.enabled
                  tcpdump -ni %1$s tcp
                  %2$s nft list ruleset
                """.formatted(e.iface(), e.other());
    }

    @Override
    public boolean rawArguments() {
        return true;
    }

    @Override
    public Result run(CommandContext ctx, List<String> words) throws CommandException {
        NamespaceView view = new NamespaceView(ctx.session());
        String first = words.get(0);
        if (view.isNamespace(first)) {
            if (words.size() == 1) {
                throw CommandException.usage("'" + first + "' is a namespace: give a command to run there, e.g. '"
                        + first + " ip addr', or enter it with 'ns " + first + "'");
            }
            return Result.status(Launch.run(runner, ctx, first, words.subList(1, words.size())));
        }
        return Result.status(Launch.run(runner, ctx, ctx.session().namespace(), words));
    }
}
