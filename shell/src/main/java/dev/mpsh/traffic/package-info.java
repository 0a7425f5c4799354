/**
 * Bulk traffic through the echo servers: {@link dev.mpsh.traffic.BulkTransfer} writes a known
 * byte pattern over one MPTCP connection and checks every echoed byte against it, while
 * {@link dev.mpsh.traffic.SubflowLedger} follows each subflow's counters (MPTCP_FULL_INFO) for
 * the progress line, the per-subflow shares and the drill's timeline.
 */
package dev.mpsh.traffic;
