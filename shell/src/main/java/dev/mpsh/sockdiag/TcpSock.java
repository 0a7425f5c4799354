package dev.mpsh.sockdiag;

import dev.mpsh.linux.TcpInfo;

/**
 * One TCP socket as the kernel lists it, with its struct tcp_info.
 *
 * @param ulp   the upper-layer protocol on it ("mptcp" for a subflow), or null
 * @param mptcp its MPTCP subflow attributes, or null (not a subflow, or the kernel did not send them)
 */
public record TcpSock(SockId id, TcpInfo tcp, String ulp, SubflowAttrs mptcp) {

    /** The socket is an MPTCP subflow (its ULP says so, whether or not the attributes came). */
    public boolean subflow() {
        return "mptcp".equals(ulp);
    }
}
