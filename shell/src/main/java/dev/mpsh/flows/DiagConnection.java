package dev.mpsh.flows;

/**
 * One open MPTCP connection as the kernel lists it (sock_diag, IPPROTO_MPTCP): its token, the
 * initial subflow's addresses and its number of subflows (mptcp_info: extra subflows plus the
 * initial one while that is open).
 */
public record DiagConnection(long token, Endpoint local, Endpoint remote, int subflows) {
}
