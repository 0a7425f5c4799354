package dev.mpsh.check;

import java.util.List;

/**
 * One connection attempt of check or diagnose, as the client and the servers' path managers saw it.
 *
 * @param error     why it did not connect or echo, or null
 * @param initial   the initial subflow's destination "ADDR:PORT" (client CREATED event), or null
 * @param backend   the server whose namespace reported the connection, or null
 * @param denyJoin  the server set the C flag (deny_join_id0 on the client's ESTABLISHED event)
 * @param announced "ADDR:PORT" of each ADD_ADDR the client received
 * @param subflows  additional subflows the client established
 * @param localIface the client interface the initial subflow left from, or null when unknown
 * @param notJoined  joins the client's kernel tried that did not become subflows, each as
 *                   "IFACE SADDR:SPORT -> DADDR:DPORT: what became of it" (a SYN unanswered, closed)
 * @param pathManager the client's path manager for this connection when it was graded, as
 *                   mptcp_info has it ("subflows 1 of 2, endpoints dealt with 1, announced taken up 0"),
 *                   plus what was still pending if the wait ran out; null when not read
 */
public record Attempt(int number, boolean connected, boolean mptcp, boolean echoed, String error,
                      String local, String initial, String backend, boolean denyJoin,
                      List<String> announced, List<Join> subflows, String localIface,
                      List<String> notJoined, String pathManager) {

    public Attempt {
        announced = List.copyOf(announced);
        subflows = List.copyOf(subflows);
        notJoined = List.copyOf(notJoined);
    }

    public Attempt(int number, boolean connected, boolean mptcp, boolean echoed, String error, String local, String initial,
                   String backend, boolean denyJoin, List<String> announced, List<Join> subflows, String localIface) {
        this(number, connected, mptcp, echoed, error, local, initial, backend, denyJoin, announced, subflows, localIface,
                List.of(), null);
    }

    /** An attempt whose initial subflow's interface is not known. */
    public Attempt(int number, boolean connected, boolean mptcp, boolean echoed, String error, String local, String initial,
                   String backend, boolean denyJoin, List<String> announced, List<Join> subflows) {
        this(number, connected, mptcp, echoed, error, local, initial, backend, denyJoin, announced, subflows, null);
    }

    /**
     * One additional subflow: from which client interface and address to which address and port.
     *
     * @param backup flagged backup by either end (the client's MP_JOIN asked for it, or the server's MP_PRIO)
     */
    public record Join(String iface, String saddr, String daddr, int dport, boolean backup) {
        public Join(String iface, String saddr, String daddr, int dport) {
            this(iface, saddr, daddr, dport, false);
        }

        public String to() {
            return daddr + ":" + dport;
        }
    }

    static Attempt failed(int number, String error) {
        return new Attempt(number, false, false, false, error, null, null, null, false, List.of(), List.of(), null);
    }

    /** Connected, MPTCP in use and echoed. */
    public boolean ok() {
        return connected && mptcp && echoed;
    }
}
