package dev.mpsh.sockdiag;

import java.net.InetSocketAddress;

/**
 * The head of one inet_diag_msg (<linux/inet_diag.h>): which socket it is.
 *
 * @param state   TCP state of the socket (TCP_ESTABLISHED = 1 …, <netinet/tcp.h>)
 * @param ifindex the device the socket is bound to (SO_BINDTODEVICE, or an endpoint's {@code dev}), 0 if none
 * @param inode   the socket's inode; an MPTCP connection and its subflows share one, 0 before accept()
 */
public record SockId(int family, int state, InetSocketAddress local, InetSocketAddress remote, int ifindex, long inode) {

    /** TCP state names as ss prints them, by state number (<netinet/tcp.h>). */
    private static final String[] STATES = {
        "UNKNOWN", "ESTAB", "SYN-SENT", "SYN-RECV", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT",
        "UNCONN", "CLOSE-WAIT", "LAST-ACK", "LISTEN", "CLOSING", "NEW-SYN-RECV"};
    public static final int TCP_ESTABLISHED = 1;
    public static final int TCP_SYN_SENT = 2;
    public static final int TCP_SYN_RECV = 3;
    public static final int TCP_LISTEN = 10;

    /** "ESTAB", "SYN-SENT", … as ss shows the state. */
    public String stateName() {
        return stateName(state);
    }

    /** The name ss prints for a TCP state number. */
    public static String stateName(int state) {
        return state >= 0 && state < STATES.length ? STATES[state] : "state " + state;
    }

    /** Still in the handshake. */
    public boolean connecting() {
        return state == TCP_SYN_SENT || state == TCP_SYN_RECV;
    }
}
