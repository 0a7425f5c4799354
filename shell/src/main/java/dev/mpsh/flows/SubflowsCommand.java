package dev.mpsh.flows;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.List;

/** {@code subflows [NAMESPACE…] [--json]}: one snapshot of the live subflow tables. */
public final class SubflowsCommand implements Command {

    @Override
    public String name() {
        return "subflows";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "show MPTCP connections and their subflows, and the backend each landed on";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: subflows [NAMESPACE...] [--json]

                Prints every MPTCP connection of the namespaces (default: %1$s)
                with its subflows: the interface, local and remote address, state, the C flag
                (the server forbids joins to its initial address), addresses the peer announced,
                errors and reset reasons. For the client's subflows, BACKEND says which backend
                has the same subflow, or that a join failed and no backend has it. Connections
                of the built-in client also show bytes sent and received and the RTT per subflow.

                mpsh keeps these tables from the kernel's path-manager events from the first time
                they are asked for (or from the start of an interactive shell when the lab is up); a
                connection that was already open then is marked partial. Closed connections and
                subflows stay listed, marked, for 30 seconds. See docs/subflows.md.

                examples:
                  subflows
                  subflows %2$s
                  subflows %2$s %3$s --json
                """.formatted(e.watched(), e.client(), e.serverNs());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> names = FlowArgs.watched(ctx, name(), args);
        FlowsSnapshot snap = FlowCollector.of(ctx.session()).snapshot(names);
        return Result.ok(new Snapshot(snap, FlowArgs.width(ctx)));
    }

    /** A snapshot as command output: the table, or JSON. */
    record Snapshot(FlowsSnapshot snap, int width) implements Output {
        @Override
        public void render(PrintStream out, Style style) {
            SubflowTable.lines(snap, style, width).forEach(out::println);
        }

        @Override
        public Object json() {
            return SubflowsJson.of(snap);
        }
    }
}
