/**
 * Multipath TCP: kernel MPTCP sockets ({@link dev.mpsh.mptcp.MptcpSocket}) with their
 * MPTCP_INFO and per-subflow MPTCP_FULL_INFO, the in-kernel path manager over generic netlink
 * (endpoints, limits, events) and the exact `ip mptcp monitor` 6.1 line format.
 */
package dev.mpsh.mptcp;
