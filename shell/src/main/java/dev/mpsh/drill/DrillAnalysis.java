package dev.mpsh.drill;

import dev.mpsh.traffic.BulkDriver;
import dev.mpsh.traffic.BulkTransfer;
import dev.mpsh.traffic.LinkNames;
import dev.mpsh.traffic.SubflowLedger;
import dev.mpsh.traffic.Timeline;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a drill's numbers say: from the timeline, which WAN carried the bytes before and after
 * the failure; from the reader, the longest stall. Survival is decided without any duration: the
 * connection survived when, while the WAN was failed, the other WANs carried the traffic, and
 * every byte came back unchanged in the end.
 *
 * @param takeoverNanos   from the failure to the end of the first interval (between two readings,
 *                        from one interval after the failure on) in which the other WANs carried at
 *                        least {@link #TAKEOVER_SHARE} of the bytes and the echo moved; -1 if never
 * @param returnedNanos   from the WAN's return to the first interval it carried bytes again; -1 if it did not
 *                        (or the failure lasted to the end)
 * @param backupShareBefore for a backup drill, the backup WAN's share of the bytes while the others worked; NaN otherwise
 */
record DrillAnalysis(long failedAtNanos, long restoredAtNanos, long longestStallNanos, long stallFromNanos,
                     long takeoverNanos, long returnedNanos, double backupShareBefore, Map<String, long[]> bytesByWan,
                     boolean survived, boolean intact) {
    /** The share of an interval's bytes the other WANs must carry to count as having taken the traffic over. */
    static final double TAKEOVER_SHARE = 0.9;
    /** A backup WAN may carry at most this share while the others work. */
    static final double BACKUP_MAX_SHARE = 0.05;

    /**
     * @param failing the interfaces whose WAN fails (for a backup drill: the other WANs)
     * @param takers  the interfaces that must take the traffic (for a backup drill: the backup WAN)
     * @param order   the WANs' interfaces in the scenario's order, for the per-WAN table
     * @param backup  whether the takers are a backup WAN (then their share before the failure counts)
     */
    static DrillAnalysis of(BulkDriver.Outcome o, Timeline t, LinkNames names, List<String> order, Set<String> failing,
                            Set<String> takers, boolean backup, long failedAt, long restoredAt) {
        Map<Integer, String> iface = new HashMap<>();
        for (SubflowLedger.Track s : o.ledger().tracks()) {
            iface.put(s.id(), names.iface(s.local()));
        }
        long interval = t.intervalNanos();
        long windowEnd = restoredAt >= 0 ? restoredAt : Long.MAX_VALUE;
        Map<String, long[]> byWan = new LinkedHashMap<>(); // device -> {before, during, after}
        for (String dev : order) {
            byWan.put(dev, new long[3]); // in the scenario's order; a WAN that carried nothing is shown too
        }
        long returned = -1;
        long beforeBackup = 0;
        long beforeAll = 0;
        for (Timeline.Row row : t.rows()) {
            long from = row.fromNanos();
            long end = from + interval;
            long fail = 0;
            long take = 0;
            for (int i = 0; i < t.ids().size(); i++) {
                String dev = iface.getOrDefault(t.ids().get(i), "?");
                long m = row.moved()[i];
                int phase = failedAt < 0 || end <= failedAt ? 0 : from < windowEnd ? 1 : 2;
                byWan.computeIfAbsent(dev, d -> new long[3])[phase] += m;
                if (failing.contains(dev)) {
                    fail += m;
                } else if (takers.contains(dev)) {
                    take += m;
                }
            }
            if (failedAt < 0 || end <= failedAt) {
                beforeBackup += take;
                beforeAll += fail + take;
                continue;
            }
            if (returned < 0 && restoredAt >= 0 && from >= restoredAt && fail > 0) {
                returned = end - restoredAt;
            }
        }
        long takeover = takeover(o, iface, failing, takers, failedAt, windowEnd, interval);
        BulkTransfer.Totals tot = o.totals();
        long stall = tot.longestGapNanos();
        long stallFrom = tot.longestGapFromNanos() - o.startNanos();
        if (failedAt >= 0 && !o.echoComplete()) {
            long open = o.endNanos() - Math.max(failedAt + o.startNanos(), lastRead(o));
            if (open > stall) {
                stall = open;
                stallFrom = o.endNanos() - open - o.startNanos();
            }
        }
        boolean intact = tot.corrupted() == 0 && tot.error() == null && o.echoComplete() && tot.missing() == 0;
        double share = beforeAll == 0 ? Double.NaN : (double) beforeBackup / beforeAll;
        boolean backupOk = !backup || Double.isNaN(share) || share < BACKUP_MAX_SHARE;
        boolean survived = failedAt >= 0 && takeover >= 0 && intact && !o.cancelled() && backupOk;
        return new DrillAnalysis(failedAt, restoredAt, failedAt < 0 ? 0 : stall, stallFrom, takeover, returned,
                backup ? share : Double.NaN, byWan, survived, intact);
    }

    /**
     * The takeover from the readings themselves, not the interpolated rows: the end of the first
     * interval between two readings in which the echo grew and the takers moved at least
     * {@link #TAKEOVER_SHARE} of the bytes. Intervals that begin within one reading interval of
     * the failure do not count: the echo read then may be bytes that had arrived before it.
     */
    private static long takeover(BulkDriver.Outcome o, Map<Integer, String> iface, Set<String> failing, Set<String> takers,
                                 long failedAt, long windowEnd, long interval) {
        if (failedAt < 0) {
            return -1;
        }
        List<SubflowLedger.Sample> samples = o.ledger().samples();
        for (int i = 1; i < samples.size(); i++) {
            SubflowLedger.Sample a = samples.get(i - 1);
            SubflowLedger.Sample b = samples.get(i);
            long from = a.nanos() - o.startNanos();
            long to = b.nanos() - o.startNanos();
            if (from < failedAt + interval) {
                continue;
            }
            if (from >= windowEnd) {
                break;
            }
            long take = 0;
            long fail = 0;
            for (Map.Entry<Integer, Long> e : b.moved().entrySet()) {
                long d = e.getValue() - a.moved().getOrDefault(e.getKey(), 0L);
                String dev = iface.getOrDefault(e.getKey(), "?");
                if (takers.contains(dev)) {
                    take += d;
                } else if (failing.contains(dev)) {
                    fail += d;
                }
            }
            if (b.echoed() > a.echoed() && take > 0 && take >= TAKEOVER_SHARE * (take + fail)) {
                return to - failedAt;
            }
        }
        return -1;
    }

    private static long lastRead(BulkDriver.Outcome o) {
        return o.startNanos() + o.totals().elapsedNanos();
    }

    /** Bytes a set of interfaces moved in a phase (0 before, 1 during, 2 after the failure). */
    long moved(Set<String> devs, int phase) {
        long sum = 0;
        for (Map.Entry<String, long[]> e : bytesByWan.entrySet()) {
            if (devs.contains(e.getKey())) {
                sum += e.getValue()[phase];
            }
        }
        return sum;
    }

    List<String> interfaces() {
        return List.copyOf(bytesByWan.keySet());
    }
}
