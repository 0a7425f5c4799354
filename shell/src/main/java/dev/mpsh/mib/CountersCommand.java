package dev.mpsh.mib;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NetNsRef;
import dev.mpsh.ns.NamespaceArgs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code counters [NAMESPACE…] [--netns NAME] [--host] [--all] [--json] [-- COMMAND…]}: the
 * MPTcpExt MIB counters of namespaces, or the ones a command moved.
 */
public final class CountersCommand implements Command {
    /** After the command, counters are read again until they have not moved for this long... */
    static final long QUIET_MILLIS = 250;
    /** ...but no longer than this: a namespace busy with other traffic never goes quiet. */
    static final long SETTLE_MAX_MILLIS = 2000;

    private final Supplier<Dispatcher> dispatcher;

    /** The dispatcher is supplied late: it holds this command in its registry. */
    public CountersCommand(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return "counters";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "MPTcpExt kernel counters of each namespace, or the ones a command moved";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(dev.mpsh.api.Scenario scenario) {
        dev.mpsh.lab.Examples e = dev.mpsh.lab.Examples.of(scenario);
        return """
                usage: counters [NAMESPACE...] [--netns NAME]... [--host] [--all] [--json]
                       counters [NAMESPACE...] [--netns NAME]... [--host] [--all] [--json] -- COMMAND...

                Prints the MPTcpExt MIB counters of the namespaces (default: every lab
                namespace), as 'nstat -az' shows them (read from /proc/net/netstat inside each
                namespace), each with a one-line meaning: the ones above 0, or all with --all.
                A counter this kernel does not have is not shown.

                With -- COMMAND, runs COMMAND (any mpsh command line, through the same
                dispatcher as the prompt) and shows the counters it moved: DELTA and the value
                NOW. Counters are read before, and after until they stay still for 250 ms (at
                most 2 s). The exit status is COMMAND's.

                  --netns NAME   any named network namespace (ip netns list), lab or not
                  --host         the host's own namespace
                  --all          every counter, zeros too
                Reading never changes anything. A namespace that cannot be read gets one line
                (exit status 1); a namespace with net.mptcp.enabled=0 gets a line saying so.
                See docs/counters.md.

                examples:
                  counters
                  counters %1$s %2$s --all
                  counters -- client -addr %3$s -msg hi
                  counters -- check
                  counters --host --json
                """.formatted(e.client(), e.serverNs(), e.target());
    }

    /** The COMMAND words follow "--"; everything else is counters' own, including --json. */
    @Override
    public boolean rawArguments() {
        return true;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        int dashes = args.indexOf("--");
        List<String> own = new ArrayList<>(dashes < 0 ? args : args.subList(0, dashes));
        List<String> command = dashes < 0 ? null : List.copyOf(args.subList(dashes + 1, args.size()));
        if (command != null && command.isEmpty()) {
            throw CommandException.usage("-- needs a command after it, e.g. counters -- client -msg hi");
        }
        boolean json = own.remove("--json") | own.remove("-json");
        boolean all = own.remove("--all") | own.remove("-all");
        List<NetNsRef> refs = NamespaceArgs.parse(ctx, name(), own, lab -> lab.names());
        List<NetNs> entered = new ArrayList<>();
        List<CounterReading> failed = new ArrayList<>();
        try {
            for (NetNsRef r : refs) {
                try {
                    entered.add(r.open());
                    failed.add(null);
                } catch (IOException e) {
                    entered.add(null);
                    failed.add(new CounterReading(r.name(), null, null, e.getMessage()));
                }
            }
            if (failed.stream().allMatch(f -> f != null)) {
                throw new CommandException(failed.get(0).namespace() + ": " + failed.get(0).problem());
            }
            List<String> names = refs.stream().map(NetNsRef::name).toList();
            List<CounterReading> before = command == null ? null : read(names, entered, failed);
            int status = 0;
            if (command != null) {
                status = dispatcher.get().run(command, ctx);
                ctx.out().flush();
            }
            List<CounterReading> after = command == null ? read(names, entered, failed) : settle(names, entered, failed);
            CountersReport report = new CountersReport(before, after, all,
                    command == null ? null : String.join(" ", command), status, json);
            return new Result(command != null ? status : report.failed() ? 1 : 0, report);
        } finally {
            entered.stream().filter(n -> n != null).forEach(NetNs::close);
        }
    }

    /** Each namespace's reading; one that could not be entered keeps its reason. */
    private static List<CounterReading> read(List<String> names, List<NetNs> entered, List<CounterReading> failed) {
        List<CounterReading> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NetNs ns = entered.get(i);
            out.add(ns == null ? failed.get(i) : CounterReading.of(names.get(i), ns));
        }
        return out;
    }

    /** Reads until two readings QUIET_MILLIS apart agree, at most SETTLE_MAX_MILLIS. */
    private static List<CounterReading> settle(List<String> names, List<NetNs> entered, List<CounterReading> failed) {
        long deadline = System.currentTimeMillis() + SETTLE_MAX_MILLIS;
        List<CounterReading> last = read(names, entered, failed);
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(QUIET_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            List<CounterReading> now = read(names, entered, failed);
            if (same(last, now)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static boolean same(List<CounterReading> a, List<CounterReading> b) {
        for (int i = 0; i < a.size(); i++) {
            Mib x = a.get(i).mib();
            Mib y = b.get(i).mib();
            if (x == null ? y != null : y == null || !x.group(CounterMeanings.MPTCP).equals(y.group(CounterMeanings.MPTCP))) {
                return false;
            }
        }
        return true;
    }
}
