package dev.mpsh.tui;

/**
 * One subflow (or an address announced to a connection) as the subflow pane shows it.
 *
 * @param namespace the namespace it was seen in
 * @param token     the MPTCP connection token in hex
 * @param kind      "initial", "join" or "announced"
 * @param state     e.g. "established", "closed (error 111)", "established, backup"
 * @param backend   for a client-side subflow, where it landed ("server-1", "refused by server-2", "?");
 *                  empty elsewhere
 * @param rate      bytes per second sent and received since the previous reading of the kernel's
 *                  socket list, or null (no reading yet, closed, not a subflow): a number, so a
 *                  view can keep a history of it per {@link #key()}
 * @param share     the subflow's part of its connection's bytes, 0..1, or null
 * @param traffic   bytes sent and received and the RTT as text, or ""
 */
public record FlowRow(String namespace, String token, String kind, String local, String remote,
                      String iface, String state, String backend, Double rate, Double share, String traffic) {

    /** A row with no backend placement and no counters. */
    public FlowRow(String namespace, String token, String kind, String local, String remote, String iface, String state) {
        this(namespace, token, kind, local, remote, iface, state, "", null, null, "");
    }

    /** Stays the same for one subflow across refreshes: namespace, token and its addresses. */
    public String key() {
        return namespace + " " + token + " " + kind + " " + local + " " + remote;
    }
}
