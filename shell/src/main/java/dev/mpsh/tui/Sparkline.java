package dev.mpsh.tui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each subflow's rate over the last {@link #WINDOW_MS}, drawn as a row of block characters: one
 * character per {@link #WINDOW_MS}/{@link #WIDTH}, the highest rate read in that slice, all
 * rows on one scale (the highest rate of any subflow in the window), so the two WANs'
 * subflows of a handover can be compared at a glance. A slice with no reading is blank.
 */
final class Sparkline {
    static final long WINDOW_MS = 30_000;
    static final int WIDTH = 15;
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private record Reading(long at, double rate) {
    }

    private final Map<String, Deque<Reading>> history = new HashMap<>();

    /** Adds a reading of the subflow with this key at time now (ms). */
    void add(String key, long now, double rate) {
        history.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(new Reading(now, rate));
    }

    /** Forgets readings older than the window, and subflows no longer shown. */
    void trim(long now, Set<String> shown) {
        history.keySet().retainAll(shown);
        for (Deque<Reading> d : history.values()) {
            while (!d.isEmpty() && d.peekFirst().at() <= now - WINDOW_MS) {
                d.removeFirst();
            }
        }
        history.values().removeIf(Deque::isEmpty);
    }

    /** The highest rate of any subflow in the window: the scale every row is drawn on. */
    double scale() {
        double max = 0;
        for (Deque<Reading> d : history.values()) {
            for (Reading r : d) {
                max = Math.max(max, r.rate());
            }
        }
        return max;
    }

    /** The subflow's line at time now on this scale; blanks where it has no reading. */
    String line(String key, long now, double scale) {
        Deque<Reading> d = history.get(key);
        char[] out = new char[WIDTH];
        java.util.Arrays.fill(out, ' ');
        if (d == null) {
            return new String(out);
        }
        double[] slice = new double[WIDTH];
        boolean[] seen = new boolean[WIDTH];
        long start = now - WINDOW_MS;
        for (Reading r : d) {
            int i = (int) Math.min(WIDTH - 1, Math.max(0, (r.at() - start) * WIDTH / WINDOW_MS));
            slice[i] = Math.max(slice[i], r.rate());
            seen[i] = true;
        }
        for (int i = 0; i < WIDTH; i++) {
            if (seen[i]) {
                out[i] = block(slice[i], scale);
            }
        }
        return new String(out);
    }

    /** The lowest block for nothing moving, the full one for the scale. */
    static char block(double rate, double scale) {
        if (scale <= 0 || rate <= 0) {
            return BLOCKS[0];
        }
        int i = (int) Math.ceil(rate / scale * BLOCKS.length) - 1;
        return BLOCKS[Math.max(0, Math.min(BLOCKS.length - 1, i))];
    }
}
