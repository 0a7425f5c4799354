package dev.mpsh.tui;

/**
 * One subflow (or a connection's initial subflow) as the subflow pane shows it.
 *
 * @param namespace the scenario namespace it was seen in
 * @param token     the MPTCP connection token in hex
 * @param kind      "initial", "join" or "announced"
 * @param state     e.g. "established", "closed"
 */
public record FlowRow(String namespace, String token, String kind, String local, String remote,
                      String iface, String state) {
}
