package dev.mpsh.flows;

import java.time.Instant;

/**
 * A subflow's counters from MPTCP_FULL_INFO (struct tcp_info), known only for connections of
 * the built-in client: mpsh can read them only from a socket it holds.
 *
 * @param rttMicros smoothed RTT in microseconds
 * @param at when they were read; the last reading stays after the socket closed
 */
public record Traffic(long bytesSent, long bytesReceived, long rttMicros, Instant at) {
}
