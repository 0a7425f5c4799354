package dev.mpsh.mptcp;

import java.net.InetSocketAddress;

/**
 * One subflow of an MPTCP connection (MPTCP_FULL_INFO): the kernel's subflow sequence id
 * (1, 2, 3…, not the path-manager address id), its addresses and a few struct tcp_info counters.
 *
 * @param tcpState TCP_ESTABLISHED = 1 etc. (<netinet/tcp.h>)
 * @param rttMicros smoothed RTT, µs
 */
public record Subflow(
        int id, InetSocketAddress local, InetSocketAddress remote, int tcpState,
        long rttMicros, long rttVarMicros, long bytesSent, long bytesReceived,
        long bytesAcked, long bytesRetrans, long totalRetrans, long sndCwnd) {
}
