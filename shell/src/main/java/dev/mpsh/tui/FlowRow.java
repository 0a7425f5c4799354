package dev.mpsh.tui;

/**
 * One subflow (or an address announced to a connection) as the subflow pane shows it.
 *
 * @param namespace the scenario namespace it was seen in
 * @param token     the MPTCP connection token in hex
 * @param kind      "initial", "join" or "announced"
 * @param state     e.g. "established", "closed (error 111)", with the built-in client's counters
 * @param backend   for a client-side subflow, where it landed ("server-1", "refused by server-2", "?");
 *                  empty elsewhere
 */
public record FlowRow(String namespace, String token, String kind, String local, String remote,
                      String iface, String state, String backend) {

    /** A row with no backend placement. */
    public FlowRow(String namespace, String token, String kind, String local, String remote, String iface, String state) {
        this(namespace, token, kind, local, remote, iface, state, "");
    }
}
