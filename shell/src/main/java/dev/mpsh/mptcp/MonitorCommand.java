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
                usage: monitor [NAMESPACE | --netns NAME | --host]

                Prints the MPTCP path-manager events of NAMESPACE as they happen, in the same
                format as `ip mptcp monitor`: connections CREATED, ESTABLISHED and CLOSED,
                addresses ANNOUNCED and REMOVED by the peer, subflows SF_ESTABLISHED and
                SF_CLOSED. Press Ctrl+C to stop. NAMESPACE defaults to the current namespace
                (see 'ns'), else the client side (%1$s). Events are per namespace: watch
                the side you care about.

                  --netns NAME   any named network namespace (ip netns list), lab or not
                  --host         the host's own namespace
                Both only listen; they work without a lab.

                examples:
                  monitor
                  monitor %2$s
                  monitor --netns blue
                  monitor --host
                """.formatted(e.client(), e.serverNs());
    }

    /** The namespace the words name, entered: a lab namespace, --netns NAME or --host. */
    private static NetNs enter(CommandContext ctx, List<String> args) throws CommandException {
        if (args.size() > 2 || (args.size() == 2 && !args.get(0).replaceFirst("^--", "-").equals("-netns"))) {
            throw CommandException.usage("takes one namespace: monitor NAMESPACE, monitor --netns NAME or monitor --host");
        }
        String first = args.isEmpty() ? null : args.get(0).replaceFirst("^--", "-");
        try {
            if ("-host".equals(first)) {
                return NetNs.open(NetNs.hostPath(), "host");
            }
            if ("-netns".equals(first)) {
                if (args.size() < 2) {
                    throw CommandException.usage("--netns needs a namespace name (see 'ip netns list')");
                }
                return NetNs.open(args.get(1));
            }
        } catch (IOException e) {
            throw new CommandException(e.getMessage());
        }
        if (first != null && first.startsWith("-")) {
            throw CommandException.unknownOption(args.get(0), "see 'monitor --help'");
        }
        String name = first != null ? first
                : ctx.session().namespace() != null ? ctx.session().namespace()
                : ScenarioRoles.clientNamespace(ScenarioSource.of(ctx.session()).get());
        return LabNamespace.open(ctx, name);
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        try (NetNs ns = enter(ctx, args)) {
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
