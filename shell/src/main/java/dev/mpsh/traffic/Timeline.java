package dev.mpsh.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bytes per subflow per fixed interval (100 ms), from the ledger's readings: each row is the
 * difference of the counters at the interval's two ends, interpolated linearly between the
 * readings around each end, so a reading taken a little late does not move bytes between rows
 * and the number of rows depends only on the run's length.
 *
 * @param ids  the subflows, in the order they appeared: the columns
 * @param rows one per interval from the start
 */
public record Timeline(long intervalNanos, List<Integer> ids, List<Row> rows) {

    /** One interval: its start since the transfer began, bytes moved per subflow (ids order), echoed bytes. */
    public record Row(long fromNanos, long[] moved, long echoed) {
        public long total() {
            long t = 0;
            for (long m : moved) {
                t += m;
            }
            return t;
        }
    }

    /** The timeline of samples taken from startNanos to endNanos. */
    public static Timeline of(List<SubflowLedger.Sample> samples, List<Integer> ids, long startNanos, long endNanos,
                              long intervalNanos) {
        List<Row> rows = new ArrayList<>();
        if (samples.isEmpty()) {
            return new Timeline(intervalNanos, ids, rows);
        }
        int n = (int) Math.max(1, (endNanos - startNanos + intervalNanos - 1) / intervalNanos);
        double[] prev = values(samples, ids, startNanos);
        for (int b = 0; b < n; b++) {
            long to = startNanos + (b + 1) * intervalNanos;
            double[] cur = values(samples, ids, to);
            long[] moved = new long[ids.size()];
            for (int i = 0; i < moved.length; i++) {
                moved[i] = Math.max(0, Math.round(cur[i] - prev[i]));
            }
            long echoed = Math.max(0, Math.round(cur[ids.size()] - prev[ids.size()]));
            rows.add(new Row(b * intervalNanos, moved, echoed));
            prev = cur;
        }
        return new Timeline(intervalNanos, ids, rows);
    }

    /** Each subflow's bytes moved and the echo (last element) at time t, interpolated. */
    private static double[] values(List<SubflowLedger.Sample> samples, List<Integer> ids, long t) {
        int hi = 0;
        while (hi < samples.size() && samples.get(hi).nanos() < t) {
            hi++;
        }
        double[] out = new double[ids.size() + 1];
        if (hi == 0 || hi == samples.size()) {
            SubflowLedger.Sample s = samples.get(hi == 0 ? 0 : samples.size() - 1);
            fill(out, s, ids, 1, null, 0);
            return out;
        }
        SubflowLedger.Sample a = samples.get(hi - 1);
        SubflowLedger.Sample b = samples.get(hi);
        double w = (double) (t - a.nanos()) / Math.max(1, b.nanos() - a.nanos());
        fill(out, b, ids, w, a, 1 - w);
        return out;
    }

    private static void fill(double[] out, SubflowLedger.Sample b, List<Integer> ids, double wb,
                             SubflowLedger.Sample a, double wa) {
        for (int i = 0; i < ids.size(); i++) {
            out[i] = wb * get(b.moved(), ids.get(i)) + (a == null ? 0 : wa * get(a.moved(), ids.get(i)));
        }
        out[ids.size()] = wb * b.echoed() + (a == null ? 0 : wa * a.echoed());
    }

    private static long get(Map<Integer, Long> m, int id) {
        Long v = m.get(id);
        return v == null ? 0 : v;
    }
}
