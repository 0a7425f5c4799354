package dev.mpsh.mptcp;

/** The path manager's limits, as `ip mptcp limits show` prints them. */
public record Limits(long subflows, long addAddrAccepted) {
}
