package dev.mpsh.flows;

import dev.mpsh.linux.TcpInfo;
import java.time.Instant;

/**
 * A subflow's counters at one reading of the kernel's socket list (struct tcp_info), for every
 * connection the namespace has, whoever opened it. The last reading stays after the subflow closed.
 *
 * @param rate bytes per second sent and received (see {@link #moved()}) between the previous
 *     reading and this one; null for a first reading
 * @param at   when the kernel was read
 */
public record Traffic(TcpInfo tcp, Double rate, Instant at) {

    public long bytesSent() {
        return tcp.bytesSent();
    }

    public long bytesReceived() {
        return tcp.bytesReceived();
    }

    public long rttMicros() {
        return tcp.rttMicros();
    }

    /** Bytes sent plus bytes received: what the rate and a subflow's share are made of. */
    public long moved() {
        return tcp.bytesSent() + tcp.bytesReceived();
    }

    /** The next reading, with the rate since this one. */
    public static Traffic next(Traffic previous, TcpInfo tcp, Instant at) {
        Double rate = null;
        if (previous != null && at.isAfter(previous.at())) {
            long delta = tcp.bytesSent() + tcp.bytesReceived() - previous.moved();
            double seconds = java.time.Duration.between(previous.at(), at).toNanos() / 1e9;
            rate = delta >= 0 ? delta / seconds : null; // a counter going back is a new socket
        }
        return new Traffic(tcp, rate, at);
    }
}
