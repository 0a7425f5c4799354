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
import java.util.ArrayList;
import java.util.List;

/** {@code subflows [NAMESPACE…] [--netns NAME] [--host] [--wide] [--json]}: one snapshot of the live subflow tables. */
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
                usage: subflows [NAMESPACE...] [--netns NAME]... [--host] [--wide] [--json]

                Prints every MPTCP connection of the namespaces (default: %1$s)
                with its subflows: the interface, local and remote address, state, the C flag
                (the server forbids joins to its initial address), addresses the peer announced,
                errors and reset reasons. For the client's subflows, BACKEND says which backend
                has the same subflow, or that a join failed and no backend has it. Every
                subflow shows its traffic from the kernel's tcp_info: bytes sent and received,
                the rate since the previous reading (RATE, from the second reading on), its
                share of its connection's bytes, the RTT and retransmitted segments.

                The tables start from the kernel's own socket list (what 'ss -tniM' reads), so a
                connection that was open before mpsh is shown whole, and then follow the
                path-manager events. Closed connections and subflows stay listed, marked, for
                30 seconds. See docs/subflows.md.

                  --netns NAME   any named network namespace (ip netns list), lab or not
                  --host         the host's own namespace
                  --wide         also bytes acked, segments out/in, cwnd, delivery rate

                --netns and --host only read (events, socket lists, interfaces, sysctls); they
                work without a lab. A namespace that cannot be watched gets one line and the
                exit status 1; the others are still shown.

                examples:
                  subflows
                  subflows %2$s
                  subflows %2$s %3$s --json
                  subflows --netns blue --wide
                  subflows --host
                """.formatted(e.watched(), e.client(), e.serverNs());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        boolean wide = rest.remove("--wide") | rest.remove("-wide");
        FlowArgs.Watched w = FlowArgs.watched(ctx, name(), rest);
        FlowsSnapshot snap = FlowCollector.of(ctx.session()).snapshotOf(w.targets()).withUnwatched(w.failed());
        return new Result(w.failed().isEmpty() ? 0 : 1, new Snapshot(snap, FlowArgs.width(ctx), wide));
    }

    /** A snapshot as command output: the table, or JSON. */
    record Snapshot(FlowsSnapshot snap, int width, boolean wide) implements Output {
        @Override
        public void render(PrintStream out, Style style) {
            SubflowTable.lines(snap, style, width, wide).forEach(out::println);
        }

        @Override
        public Object json() {
            return SubflowsJson.of(snap);
        }
    }
}
