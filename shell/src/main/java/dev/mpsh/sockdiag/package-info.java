/**
 * The kernel's own list of a namespace's MPTCP connections and their TCP subflows, read the way
 * {@code ss -tniM} reads it: sock_diag (inet_diag) dumps of IPPROTO_MPTCP sockets with their
 * struct mptcp_info, and of TCP sockets with struct tcp_info and the MPTCP subflow attributes
 * of INET_DIAG_ULP_INFO, joined by token ({@link dev.mpsh.sockdiag.KernelSnapshot}). Read-only.
 */
package dev.mpsh.sockdiag;
