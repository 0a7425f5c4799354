package dev.mpsh.flows;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One namespace's connections and listeners at one moment.
 *
 * @param namespace the scenario's name, as the scenario names it, e.g. "client"
 * @param events events applied since the model started
 * @param lost times the kernel reported lost events (ENOBUFS)
 * @param unknown events of a type the model does not know (counted, otherwise ignored)
 */
public record NamespaceFlows(
        String namespace, Health health, List<Connection> connections, List<Listener> listeners,
        long events, long lost, long unknown) {

    public NamespaceFlows withConnections(UnaryOperator<Connection> f) {
        return new NamespaceFlows(namespace, health, connections.stream().map(f).toList(), listeners,
                events, lost, unknown);
    }
}
