package dev.mpsh.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The live line of a bulk transfer on a terminal: bytes sent and echoed, the echo's rate over
 * the last second, and each subflow's share of the bytes moved since the previous line.
 */
public final class ProgressLine {
    private final LinkNames names;
    private long lastNanos;
    private long lastEchoed;
    private double rate;
    private java.util.Map<Integer, Long> lastMoved = java.util.Map.of();

    public ProgressLine(LinkNames names, long startNanos) {
        this.names = names;
        this.lastNanos = startNanos;
    }

    /** The line for now; call about once a second. */
    public String line(long nowNanos, long elapsedNanos, BulkTransfer.Totals t, SubflowLedger ledger) {
        long dt = nowNanos - lastNanos;
        if (dt > 0) {
            rate = (t.received() - lastEchoed) * 8e9 / dt;
        }
        lastNanos = nowNanos;
        lastEchoed = t.received();
        List<SubflowLedger.Track> tracks = ledger.tracks();
        java.util.Map<Integer, Long> moved = new java.util.HashMap<>();
        long sum = 0;
        for (SubflowLedger.Track s : tracks) {
            long d = s.moved() - lastMoved.getOrDefault(s.id(), 0L);
            moved.put(s.id(), s.moved());
            sum += Math.max(0, d);
        }
        List<String> shares = new ArrayList<>();
        for (SubflowLedger.Track s : tracks) {
            long d = Math.max(0, s.moved() - lastMoved.getOrDefault(s.id(), 0L));
            shares.add("sf" + s.id() + " " + names.iface(s.local()) + " " + (sum == 0 ? "-" : Math.round(100.0 * d / sum) + "%"));
        }
        lastMoved = moved;
        return String.format(Locale.ROOT, "%5.1fs  sent %s  echoed %s  %s", elapsedNanos / 1e9, ByteSize.format(t.sent()),
                ByteSize.format(t.received()), ByteSize.rate(rate)) + (shares.isEmpty() ? "" : "  " + String.join("  ", shares));
    }
}
