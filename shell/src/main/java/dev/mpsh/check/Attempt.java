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
 */
public record Attempt(int number, boolean connected, boolean mptcp, boolean echoed, String error,
                      String local, String initial, String backend, boolean denyJoin,
                      List<String> announced, List<Join> subflows) {

    public Attempt {
        announced = List.copyOf(announced);
        subflows = List.copyOf(subflows);
    }

    /** One additional subflow: from which client interface and address to which address and port. */
    public record Join(String iface, String saddr, String daddr, int dport) {
        public String to() {
            return daddr + ":" + dport;
        }
    }

    static Attempt failed(int number, String error) {
        return new Attempt(number, false, false, false, error, null, null, null, false, List.of(), List.of());
    }

    /** Connected, MPTCP in use and echoed. */
    public boolean ok() {
        return connected && mptcp && echoed;
    }
}
