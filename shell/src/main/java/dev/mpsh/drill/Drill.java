package dev.mpsh.drill;

import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Scenario;
import dev.mpsh.client.ClientSockets;
import dev.mpsh.client.HostPort;
import dev.mpsh.client.LabNamespace;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.diagnose.Diagnosis;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.Wakeup;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.output.StdStreams;
import dev.mpsh.traffic.BulkDriver;
import dev.mpsh.traffic.LinkNames;
import dev.mpsh.traffic.ProgressLine;
import dev.mpsh.traffic.StreamPattern;
import dev.mpsh.traffic.SubflowLedger;
import dev.mpsh.traffic.Timeline;
import dev.mpsh.wan.RestoreJournal;
import dev.mpsh.wan.WanFailure;
import dev.mpsh.wan.WanLink;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one drill: restores what an interrupted one left, plans the failure from the kernel's
 * state and journals it, sets it up, connects, runs the bulk transfer with the failure (and the
 * WAN's return) on cue, restores the lab before waiting for the last echo, and analyses the
 * timeline. Whatever happens after the journal is written (an error, Ctrl-C, a killed child,
 * the JVM asked to exit) the lab is restored; after a kill -9 the journal is still there.
 */
final class Drill {
    static final long INTERVAL_NANOS = 100_000_000L;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final long PROGRESS_NANOS = 1_000_000_000L;

    /** A command the drill ran, when (since the transfer started, -1 before it) and why. */
    record Event(long atNanos, String role, String command) {
    }

    private final CommandContext ctx;
    private final Scenario sc;
    private final DrillOptions o;
    private final LabLayout layout;
    private final LiveLines live;
    private final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    Drill(CommandContext ctx, Scenario sc, DrillOptions o) {
        this(ctx, sc, o, new LiveLines(ctx.err(), ctx.interactive() && StdStreams.direct(ctx.out(), ctx.err())));
    }

    /** A drill that says what it does through live (a quiet one for check). */
    Drill(CommandContext ctx, Scenario sc, DrillOptions o, LiveLines live) {
        this.ctx = ctx;
        this.sc = sc;
        this.o = o;
        this.layout = LabLayout.of(ctx.session().labName());
        this.live = live;
    }

    DrillReport run() throws CommandException {
        LabWriter writer = new LabWriter(layout);
        writer.requireUp();
        RestoreJournal journal = new RestoreJournal(layout);
        restoreLeftovers(journal, live::line);
        WanLink target = WanLink.find(sc, layout, o.wan());
        List<WanLink> others = WanLink.all(sc, layout).stream()
                .filter(l -> !l.equals(target) && l.wan().namespace().equals(target.wan().namespace())).toList();
        if (others.isEmpty()) {
            throw new CommandException("a drill moves the traffic to another WAN, and " + target.describe() + " is the only WAN of its namespace");
        }
        InetSocketAddress addr = o.addr() != null ? o.addr() : ScenarioRoles.trafficTarget(sc);
        if (addr == null) {
            throw CommandException.usage("this scenario names no traffic address; give one with -addr HOST:PORT");
        }
        boolean backup = o.kind() == WanFailure.Kind.BACKUP;
        List<WanLink> failingLinks = backup ? others : List.of(target);
        List<WanLink> takerLinks = backup ? List.of(target) : others;
        String what = "drill " + o.kind().word + " " + target.describe();
        WanFailure plan = WanFailure.plan(layout, o.kind(), target, others, what);
        plan.record(journal);
        Thread hook = new Thread(() -> {
            try {
                plan.restoreAll(line -> { });
                journal.clear();
            } catch (CommandException | RuntimeException e) {
                // the journal stays: the next drill or 'drill restore' puts the lab back
            }
        }, "drill-restore");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean restored = false;
        try {
            live.line(what + ": bulk echo to " + HostPort.format(addr) + " from " + target.wan().namespace() + " for "
                    + secs(o.lengthNanos()) + "; " + describe(failingLinks) + " fail" + (failingLinks.size() == 1 ? "s" : "")
                    + " at " + secs(o.atNanos()) + (o.failureEnds() ? " for " + secs(o.forNanos()) : ", until the end"));
            for (NsCommand c : plan.setupCommands()) {
                runShown(writer, c, -1, "setup");
            }
            DrillReport report = transfer(writer, plan, target, failingLinks, takerLinks, addr, backup);
            restored = true;
            journal.clear();
            return report;
        } finally {
            if (!restored) {
                try {
                    plan.restoreAll(line -> event(-1, "restore", line));
                    journal.clear();
                } catch (CommandException e) {
                    live.line(e.getMessage());
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** An earlier drill that did not finish (the shell was killed) left changes: put them back first. */
    static void restoreLeftovers(RestoreJournal journal, Consumer<String> show) throws CommandException {
        RestoreJournal.Pending left = journal.pending();
        if (left != null) {
            show.accept("restoring what an interrupted " + left.what() + " left:");
            if (journal.restore(line -> show.accept("  " + line)).isEmpty()) {
                show.accept("  (nothing differed)");
            }
        }
    }

    private DrillReport transfer(LabWriter writer, WanFailure plan, WanLink target, List<WanLink> failingLinks,
                                 List<WanLink> takerLinks, InetSocketAddress addr, boolean backup) throws CommandException {
        String nsName = target.wan().namespace();
        String addrText = HostPort.format(addr);
        try (NetNs ns = LabNamespace.open(ctx, nsName); Wakeup cancel = new Wakeup();
             AutoCloseable hook = ctx.cancellation().onCancel(cancel::wake)) {
            MptcpSocket s;
            try {
                s = MptcpSocket.connect(ns, addr, CONNECT_TIMEOUT, cancel);
            } catch (IOException e) {
                // a connect that timed out is an InterruptedIOException too, but no Ctrl-C
                if (e instanceof InterruptedIOException && !(e instanceof java.net.SocketTimeoutException)) {
                    throw new CommandException("drill stopped (Ctrl-C) before it connected; the lab is restored", 130);
                }
                throw new CommandException("cannot connect to " + addrText + " from " + nsName + ": " + e.getMessage()
                        + "; 'diagnose' says what is missing");
            }
            try (s; AutoCloseable listed = ClientSockets.of(ctx.session()).register(nsName, s)) {
                LinkNames names = LinkNames.read(ns, nsName, sc.wans());
                boolean mptcp = s.mptcpInUse();
                live.line("connected to " + addrText + " with mptcp: " + mptcp);
                long[] failedAt = {-1};
                long[] restoredAt = {-1};
                long[] lastProgress = {System.nanoTime()};
                ProgressLine progress = new ProgressLine(names, lastProgress[0]);
                BulkDriver.Clock clock = (elapsed, t, totals, ledger) -> {
                    if (failedAt[0] < 0 && elapsed >= o.atNanos()) {
                        for (NsCommand c : plan.failCommands()) {
                            runShown(writer, c, elapsed, "failure");
                        }
                        long now = System.nanoTime();
                        t.mark(now);
                        failedAt[0] = now - t.startNanos();
                    } else if (failedAt[0] >= 0 && restoredAt[0] < 0 && o.failureEnds() && elapsed >= failedAt[0] + o.forNanos()) {
                        plan.restoreFailure(line -> event(elapsed, "restore", line));
                        restoredAt[0] = System.nanoTime() - t.startNanos();
                    }
                    long now = System.nanoTime();
                    if (now - lastProgress[0] >= PROGRESS_NANOS) {
                        lastProgress[0] = now;
                        live.progress(progress.line(now, elapsed, totals, ledger));
                    }
                };
                BulkDriver.Stopped stopped = elapsed -> {
                    live.clearProgress();
                    plan.restoreAll(line -> event(elapsed, "restore", line));
                    if (failedAt[0] >= 0 && restoredAt[0] < 0) {
                        restoredAt[0] = elapsed;
                    }
                };
                SubflowLedger ledger = new SubflowLedger(true);
                BulkDriver.Outcome out;
                try {
                    out = new BulkDriver(s, new StreamPattern()).run(new BulkDriver.Plan(o.lengthNanos(), Long.MAX_VALUE, INTERVAL_NANOS),
                            ledger, clock, stopped, ctx.cancellation()::isCancelled);
                } finally {
                    live.clearProgress();
                }
                Timeline timeline = Timeline.of(ledger.samples(), ledger.tracks().stream().map(SubflowLedger.Track::id).toList(),
                        out.startNanos(), out.endNanos(), INTERVAL_NANOS);
                List<String> order = WanLink.all(sc, layout).stream().filter(l -> l.wan().namespace().equals(nsName))
                        .map(l -> l.wan().device()).toList();
                DrillAnalysis a = DrillAnalysis.of(out, timeline, names, order, devices(failingLinks), devices(takerLinks), backup,
                        failedAt[0], restoredAt[0]);
                Diagnosis.Result missing = !a.survived() && a.takeoverNanos() < 0 && a.failedAtNanos() >= 0 && !out.cancelled()
                        ? Diagnosis.probesOnly(sc, layout) : null;
                return new DrillReport(o, target, failingLinks, takerLinks, addrText, out, timeline, names, a,
                        List.copyOf(events), missing);
            }
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException("drill failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private void runShown(LabWriter writer, NsCommand c, long at, String role) throws CommandException {
        event(at, role, LabWriter.shown(c));
        if (o.verbose()) {
            live.line(ctx.style().dim("+ " + writer.hostForm(c)));
        }
        writer.run(c);
    }

    private void event(long at, String role, String command) {
        events.add(new Event(at, role, command));
        live.line(String.format(Locale.ROOT, "%7s  %s   (%s)", at < 0 ? "" : secs(at), command.strip(), role));
    }

    private static Set<String> devices(List<WanLink> links) {
        return links.stream().map(l -> l.wan().device()).collect(Collectors.toSet());
    }

    static String describe(List<WanLink> links) {
        return String.join(" and ", links.stream().map(WanLink::describe).toList());
    }

    static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.2fs", nanos / 1e9);
    }
}
