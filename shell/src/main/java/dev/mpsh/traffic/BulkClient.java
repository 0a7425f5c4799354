package dev.mpsh.traffic;

import dev.mpsh.api.Wans;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Result;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.output.StdStreams;
import java.io.IOException;
import java.io.PrintStream;

/** {@code client --bulk DURATION | --bytes SIZE}: a bulk echo transfer on a connected socket, to its summary. */
public final class BulkClient {
    /** The counters are read this often by default: the timeline's resolution. */
    public static final long INTERVAL_NANOS = 100_000_000L;
    /** The live line is redrawn this often. */
    static final long PROGRESS_NANOS = 1_000_000_000L;
    /** Exit status after Ctrl-C, as a shell reports SIGINT. */
    static final int STATUS_CANCELLED = 130;

    private BulkClient() {
    }

    /**
     * What to transfer: durationNanos or bytes (the other Long.MAX_VALUE), whether to keep a
     * timeline, and how often the subflows' counters are read.
     */
    public record Plan(long durationNanos, long bytes, boolean timeline, long intervalNanos) {
    }

    /**
     * Runs the transfer on s (connected from ns, the scenario namespace nsName) and returns its
     * summary. Ctrl-C stops the writing; the summary still comes, with status 130.
     */
    public static Result run(CommandContext ctx, MptcpSocket s, NetNs ns, String nsName, Wans wans, String target, Plan plan)
            throws Exception {
        LinkNames names;
        try {
            names = LinkNames.read(ns, nsName, wans);
        } catch (IOException e) {
            names = LinkNames.NONE;
        }
        boolean live = ctx.interactive() && StdStreams.direct(ctx.out(), ctx.err());
        PrintStream err = ctx.err();
        SubflowLedger ledger = new SubflowLedger(plan.timeline());
        long[] lastLine = {System.nanoTime()};
        ProgressLine progress = new ProgressLine(names, lastLine[0]);
        BulkDriver.Clock clock = (elapsed, transfer, totals, l) -> {
            long now = System.nanoTime();
            if (live && now - lastLine[0] >= PROGRESS_NANOS) {
                lastLine[0] = now;
                err.print("\r\u001b[K" + progress.line(now, elapsed, totals, l));
                err.flush();
            }
        };
        if (live) {
            err.print("connected to " + target + " with mptcp: " + s.mptcpInUse() + "; sending (Ctrl+C stops)");
            err.flush();
        }
        BulkDriver.Outcome o;
        try {
            o = new BulkDriver(s, new StreamPattern()).run(new BulkDriver.Plan(plan.durationNanos(), plan.bytes(), plan.intervalNanos()),
                    ledger, clock, elapsed -> { }, ctx.cancellation()::isCancelled);
        } finally {
            if (live) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
        Timeline timeline = plan.timeline()
                ? Timeline.of(ledger.samples(), ledger.tracks().stream().map(SubflowLedger.Track::id).toList(), o.startNanos(),
                o.endNanos(), plan.intervalNanos())
                : null;
        BulkReport report = new BulkReport(target, o, names, timeline);
        return new Result(o.cancelled() ? STATUS_CANCELLED : report.status(), report);
    }
}
