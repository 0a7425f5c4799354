package dev.mpsh.traffic;

import dev.mpsh.mptcp.FullInfo;
import dev.mpsh.mptcp.Subflow;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every subflow a connection had, with its latest counters, read from MPTCP_FULL_INFO on the
 * client's own socket. A subflow that closes keeps its last counters (the kernel stops listing
 * it). With {@code keepSamples} each reading is kept, for a timeline.
 */
public final class SubflowLedger {

    /** One subflow as last seen. {@code moved} counts both directions: bytes acked plus bytes received. */
    public record Track(int id, InetSocketAddress local, InetSocketAddress remote, long firstSeenNanos,
                        long lastSeenNanos, boolean open, long bytesAcked, long bytesReceived, long bytesRetrans) {
        public long moved() {
            return bytesAcked + bytesReceived;
        }
    }

    /** One reading: when, each subflow's bytes moved so far (by id), and the echo so far. */
    public record Sample(long nanos, Map<Integer, Long> moved, long echoed) {
    }

    private final Map<Integer, Track> tracks = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final boolean keepSamples;

    public SubflowLedger(boolean keepSamples) {
        this.keepSamples = keepSamples;
    }

    /** Takes one reading taken at nanos, with the echo received by then. */
    public synchronized void add(long nanos, FullInfo info, long echoed) {
        for (Track t : List.copyOf(tracks.values())) {
            tracks.put(t.id(), new Track(t.id(), t.local(), t.remote(), t.firstSeenNanos(), t.lastSeenNanos(), false,
                    t.bytesAcked(), t.bytesReceived(), t.bytesRetrans()));
        }
        for (Subflow s : info.subflows()) {
            Track was = tracks.get(s.id());
            tracks.put(s.id(), new Track(s.id(), s.local(), s.remote(), was == null ? nanos : was.firstSeenNanos(), nanos, true,
                    s.tcp().bytesAcked(), s.tcp().bytesReceived(), s.tcp().bytesRetrans()));
        }
        if (keepSamples) {
            Map<Integer, Long> moved = new LinkedHashMap<>();
            tracks.values().forEach(t -> moved.put(t.id(), t.moved()));
            samples.add(new Sample(nanos, moved, echoed));
        }
    }

    /** Every subflow seen, in the order they appeared. */
    public synchronized List<Track> tracks() {
        return List.copyOf(tracks.values());
    }

    /** The readings kept (none unless keepSamples). */
    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Bytes moved by all subflows together. */
    public synchronized long totalMoved() {
        return tracks.values().stream().mapToLong(Track::moved).sum();
    }
}
