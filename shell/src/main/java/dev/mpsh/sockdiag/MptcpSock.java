package dev.mpsh.sockdiag;

import dev.mpsh.mptcp.MptcpInfo;

/**
 * One MPTCP connection (an IPPROTO_MPTCP socket) as the kernel lists it: its addresses are the
 * initial subflow's; info is its struct mptcp_info (INET_DIAG_INFO).
 */
public record MptcpSock(SockId id, MptcpInfo info) {
    /** offsetof(struct mptcp_info, mptcpi_subflows_total), 6.8+. */
    static final int SUBFLOWS_TOTAL = 80;

    public long token() {
        return info.token();
    }

    /**
     * How many subflows the connection has, the initial one included: mptcpi_subflows_total on
     * 6.8+, else the extra subflows plus one.
     */
    public int expectedSubflows() {
        return info.length() > SUBFLOWS_TOTAL ? info.subflowsTotal() : info.subflows() + 1;
    }

    /** The connection fell back to plain TCP (mptcp_info flag FALLBACK). */
    public boolean fallback() {
        return (info.flags() & MptcpInfo.FLAG_FALLBACK) != 0;
    }
}
