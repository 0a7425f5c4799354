package dev.mpsh.mptcp;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.client.LabNamespace;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.linux.NetNs;
import dev.mpsh.netlink.NetlinkOverflowException;
import java.io.IOException;
import java.util.List;

/**
 * {@code monitor [NAMESPACE]}: the path-manager events of a lab namespace, printed exactly as
 * `ip mptcp monitor` (iproute2 6.1) prints them, from mpsh's own netlink subscription.
 */
public final class MonitorCommand implements Command {

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "watch MPTCP path-manager events, like ip mptcp monitor";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: monitor [NAMESPACE]

                Prints the MPTCP path-manager events of NAMESPACE as they happen, in the same
                format as `ip mptcp monitor`: connections CREATED, ESTABLISHED and CLOSED,
                addresses ANNOUNCED and REMOVED by the peer, subflows SF_ESTABLISHED and
                SF_CLOSED. Press Ctrl+C to stop. NAMESPACE defaults to the current namespace
                (see 'ns'), else the client side (%1$s). Events are per namespace: watch
                the side you care about.

                examples:
                  monitor
                  monitor %2$s
                """.formatted(e.client(), e.serverNs());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        if (args.size() > 1) {
            throw CommandException.usage("takes at most one namespace, e.g. monitor client");
        }
        String name = !args.isEmpty() ? args.get(0)
                : ctx.session().namespace() != null ? ctx.session().namespace()
                : ScenarioRoles.clientNamespace(ScenarioSource.of(ctx.session()).get());
        try (NetNs ns = LabNamespace.open(ctx, name)) {
            PmEvents events;
            try {
                events = PmEvents.subscribe(ns);
            } catch (IOException e) {
                throw new CommandException(e.getMessage());
            }
            try (events; AutoCloseable hook = ctx.cancellation().onCancel(events::stop)) {
                while (true) {
                    PmEvent e;
                    try {
                        e = events.next();
                    } catch (NetlinkOverflowException overflow) {
                        ctx.err().println("monitor: the kernel dropped events (receive buffer overflow); the ones below are still live");
                        ctx.err().flush();
                        continue;
                    }
                    if (e == null) {
                        return Result.ok();
                    }
                    ctx.out().println(MonitorFormat.line(e));
                    ctx.out().flush();
                }
            }
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException("monitor stopped: " + e.getMessage());
        }
    }
}
