package dev.mpsh.flows;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One namespace's connections and listeners at one moment.
 *
 * @param namespace the scenario's name for it, as the scenario names it, a named namespace
 *     given with {@code --netns}, or "host"
 * @param events events applied since the model started
 * @param lost times the kernel reported lost events (ENOBUFS)
 * @param unknown events of a type the model does not know (counted, otherwise ignored)
 * @param notes one-line remarks that do not make the table wrong (MPTCP disabled there, the
 *     kernel's socket list lacking subflow details)
 */
public record NamespaceFlows(
        String namespace, Health health, List<Connection> connections, List<Listener> listeners,
        long events, long lost, long unknown, List<String> notes) {

    public NamespaceFlows {
        notes = List.copyOf(notes);
    }

    public NamespaceFlows withConnections(UnaryOperator<Connection> f) {
        return new NamespaceFlows(namespace, health, connections.stream().map(f).toList(), listeners,
                events, lost, unknown, notes);
    }

    public NamespaceFlows withNote(String note) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new NamespaceFlows(namespace, health, connections, listeners, events, lost, unknown, n);
    }
}
