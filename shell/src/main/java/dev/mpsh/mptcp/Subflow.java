package dev.mpsh.mptcp;

import dev.mpsh.linux.TcpInfo;
import java.net.InetSocketAddress;

/**
 * One subflow of an MPTCP connection (MPTCP_FULL_INFO): the kernel's subflow sequence id
 * (1, 2, 3…, not the path-manager address id), its addresses and its struct tcp_info.
 */
public record Subflow(int id, InetSocketAddress local, InetSocketAddress remote, TcpInfo tcp) {

    public long bytesSent() {
        return tcp.bytesSent();
    }
}
