package dev.mpsh.traffic;

import dev.mpsh.mptcp.MptcpSocket;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link BulkTransfer} to its end on the calling thread: reads every subflow's counters
 * each interval into a {@link SubflowLedger}, tells a {@link Clock} the time (a drill fails and
 * restores a WAN from there), stops writing when the duration is over, the byte count is sent
 * or Ctrl-C came, and waits for the echo of everything sent.
 */
public final class BulkDriver {
    /** How long the echo may stay silent, once writing stopped, before the missing bytes count as lost. */
    public static final long QUIET_NANOS = 60_000_000_000L;
    /** After Ctrl-C the echo of what is in flight gets this long; what is missing then is reported as in flight. */
    public static final long CANCEL_DRAIN_NANOS = 2_000_000_000L;

    /**
     * Called on the driver's thread after each reading, with the time since the start, the
     * transfer (a drill marks its failure on it) and its totals now.
     */
    @FunctionalInterface
    public interface Clock {
        void tick(long elapsedNanos, BulkTransfer transfer, BulkTransfer.Totals now, SubflowLedger ledger) throws Exception;
    }

    /** Called once when writing has stopped, before the echo is awaited. */
    @FunctionalInterface
    public interface Stopped {
        void run(long elapsedNanos) throws Exception;
    }

    /** What to run: a duration or a byte count (the other is Long.MAX_VALUE), and how often to read the counters. */
    public record Plan(long durationNanos, long bytes, long intervalNanos) {
    }

    /**
     * How a run ended. stoppedNanos: when writing stopped, since the start; echoComplete: the
     * echo of every byte sent is back (the server closed after it).
     */
    public record Outcome(BulkTransfer.Totals totals, SubflowLedger ledger, long startNanos, long endNanos,
                          long stoppedNanos, boolean cancelled, boolean echoComplete, boolean mptcp) {
    }

    private final MptcpSocket socket;
    private final StreamPattern pattern;

    public BulkDriver(MptcpSocket socket, StreamPattern pattern) {
        this.socket = socket;
        this.pattern = pattern;
    }

    /**
     * Runs plan. stopped is called once writing has stopped, before the echo is awaited (a
     * drill restores the WAN there, so the echo can finish).
     */
    public Outcome run(Plan plan, SubflowLedger ledger, Clock clock, Stopped stopped, BooleanSupplier cancelled)
            throws Exception {
        boolean mptcp = socket.mptcpInUse();
        BulkTransfer t = new BulkTransfer(socket, pattern, plan.bytes());
        read(ledger, System.nanoTime(), 0);
        t.start();
        long start = t.startNanos();
        long next = start + plan.intervalNanos();
        long end = plan.durationNanos() == Long.MAX_VALUE ? Long.MAX_VALUE : start + plan.durationNanos();
        boolean wasCancelled = false;
        try {
            while (true) {
                sleepUntil(next, cancelled);
                long now = System.nanoTime();
                next += plan.intervalNanos();
                if (next < now) {
                    next = now + plan.intervalNanos(); // a late wake-up: don't fire a burst of readings
                }
                BulkTransfer.Totals tot = t.totals();
                read(ledger, now, tot.received());
                clock.tick(now - start, t, tot, ledger);
                if (cancelled.getAsBoolean()) {
                    wasCancelled = true;
                    break;
                }
                if (now >= end || !t.writing()) {
                    break;
                }
            }
        } finally {
            t.stopWriting();
        }
        long stoppedAt = System.nanoTime() - start;
        stopped.run(stoppedAt);
        long quiet = wasCancelled ? CANCEL_DRAIN_NANOS : QUIET_NANOS;
        long drainFrom = System.nanoTime();
        boolean complete;
        while (true) {
            complete = t.awaitEcho(next);
            long now = System.nanoTime();
            BulkTransfer.Totals tot = t.totals();
            read(ledger, now, tot.received());
            if (complete || t.readerDone()) {
                break;
            }
            next = now + plan.intervalNanos();
            clock.tick(now - start, t, tot, ledger);
            if (now - Math.max(t.lastReadNanos(), drainFrom) > quiet || (!wasCancelled && cancelled.getAsBoolean())) {
                wasCancelled |= cancelled.getAsBoolean();
                break;
            }
        }
        // The reader may have reached the end just after a wait above gave up: ask again, or a
        // complete echo counts as unfinished (a loaded run saw it); its last bytes count too.
        if (!complete && t.echoComplete()) {
            complete = true;
            read(ledger, System.nanoTime(), t.totals().received());
        }
        BulkTransfer.Totals last = t.totals();
        if (!complete) {
            t.abort();
            last = t.totals();
        }
        long endNanos = complete ? t.lastReadNanos() : System.nanoTime();
        return new Outcome(last, ledger, start, endNanos, stoppedAt, wasCancelled, complete, mptcp);
    }

    private void read(SubflowLedger ledger, long now, long echoed) {
        try {
            ledger.add(now, socket.fullInfo(), echoed);
        } catch (IOException e) {
            // fell back to TCP, or the socket is closing: there are no subflows to read
        }
    }

    private static void sleepUntil(long deadline, BooleanSupplier cancelled) throws InterruptedException {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || cancelled.getAsBoolean()) {
                return;
            }
            Thread.sleep(Math.min(20, Math.max(1, left / 1_000_000)));
        }
    }
}
