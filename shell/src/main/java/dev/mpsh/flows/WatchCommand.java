package dev.mpsh.flows;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.client.Durations;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.command.ScreenSize;
import dev.mpsh.linux.NetNsRef;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** {@code watch [NAMESPACE…] [-interval DURATION] [-count N]}: the subflow tables, redrawn live. */
public final class WatchCommand implements Command {
    // ANSI/VT100 sequences
    private static final String HIDE_CURSOR = "\u001b[?25l";
    private static final String SHOW_CURSOR = "\u001b[?25h";
    private static final String CLEAR_LINE = "\u001b[K";
    private static final String CLEAR_BELOW = "\u001b[J";

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "live subflow tables of the client and the backends, until Ctrl+C";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: watch [NAMESPACE...] [--netns NAME]... [--host] [-interval DURATION] [-count N]

                Shows the same tables as 'subflows' (default namespaces: %1$s)
                and redraws them in place as path-manager events arrive, and at least every
                DURATION (default 1s) for the counters: bytes, RATE (bytes/s since the previous
                redraw), each subflow's SHARE of its connection, RTT. Press Ctrl+C to stop.
                Without a terminal (a script, -c with a pipe) it prints one plain snapshot per
                DURATION instead (default 2s there).

                  -interval DURATION   the longest time between redraws: 1s, 500ms
                  -count N             stop after N redraws
                  --netns NAME         any named network namespace (read only)
                  --host               the host's own namespace (read only)

                examples:
                  watch
                  watch %2$s %3$s
                  watch %2$s -interval 500ms
                """.formatted(e.watched(), e.client(), e.serverNs());
    }

    record Options(List<String> names, Duration interval, int count) {
    }

    static Options parse(List<String> args, boolean screen) throws CommandException {
        List<String> names = new ArrayList<>();
        Duration interval = screen ? Duration.ofSeconds(1) : Duration.ofSeconds(2);
        int count = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i).startsWith("--") ? args.get(i).substring(1) : args.get(i);
            if (a.equals("-interval") || a.equals("-count")) {
                if (i + 1 >= args.size()) {
                    throw CommandException.usage(a + " needs a value; see 'watch --help'");
                }
                String v = args.get(++i);
                try {
                    if (a.equals("-interval")) {
                        interval = Durations.parse(v);
                    } else {
                        count = Integer.parseInt(v);
                        if (count < 1) {
                            throw new NumberFormatException();
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw CommandException.usage(a.equals("-count") ? "-count takes a positive number, e.g. -count 3"
                            : e.getMessage());
                }
            } else {
                names.add(args.get(i));
            }
        }
        return new Options(names, interval, count);
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        ScreenSize size = ctx.session().screenSize();
        boolean screen = ctx.interactive() && size != null;
        Options o = parse(args, screen);
        FlowArgs.Watched watched = FlowArgs.watched(ctx, name(), o.names());
        List<NetNsRef> targets = watched.targets();
        List<String> names = targets.stream().map(NetNsRef::name).toList();
        FlowCollector collector = FlowCollector.of(ctx.session());
        Semaphore wake = new Semaphore(0);
        PrintStream out = ctx.out();
        int shown = 0;
        int frames = 0;
        try (AutoCloseable change = collector.onChange(wake::release);
             AutoCloseable cancel = ctx.cancellation().onCancel(wake::release)) {
            if (screen) {
                out.print(HIDE_CURSOR);
            }
            while (!ctx.cancellation().isCancelled()) {
                collector.refreshInterfaces(names);
                FlowsSnapshot snap = collector.snapshotOf(targets).withUnwatched(watched.failed());
                if (screen) {
                    ScreenSize now = ctx.session().screenSize();
                    shown = redraw(out, snap, ctx, now == null ? size : now, shown);
                } else {
                    out.println("--- " + snap.at());
                    SubflowTable.lines(snap, ctx.style(), 0).forEach(out::println);
                }
                out.flush();
                if (o.count() > 0 && ++frames >= o.count()) {
                    break;
                }
                wake.tryAcquire(o.interval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new CommandException("watch stopped: " + e.getMessage());
        } finally {
            if (screen) {
                out.print(SHOW_CURSOR);
                out.println(); // the terminal's ^C echo gets a line of its own, not the prompt's
                out.flush();
            }
        }
        return Result.ok();
    }

    /** Moves up over the last frame and draws this one over it; returns its line count. */
    private static int redraw(PrintStream out, FlowsSnapshot snap, CommandContext ctx, ScreenSize size, int previous) {
        List<String> lines = new ArrayList<>(SubflowTable.lines(snap, ctx.style(), size.columns() - 1));
        int room = Math.max(3, size.rows() - 2);
        if (lines.size() > room) {
            int hidden = lines.size() - room + 1;
            lines = new ArrayList<>(lines.subList(0, room - 1));
            lines.add("… " + hidden + " more line(s): make the window taller, or name fewer namespaces");
        }
        lines.add(0, "watching " + String.join(", ", snap.namespaces().stream().map(NamespaceFlows::namespace).toList())
                + " (Ctrl+C to stop)");
        StringBuilder b = new StringBuilder();
        if (previous > 0) {
            b.append("\u001b[").append(previous).append("F"); // to the start of the frame's first line
        }
        for (String l : lines) {
            b.append(l).append(CLEAR_LINE).append('\n');
        }
        b.append(CLEAR_BELOW);
        out.print(b);
        return lines.size();
    }
}
