package dev.mpsh.flows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every watched namespace at one moment, joined: what {@code subflows}, {@code watch} and the TUI show.
 *
 * @param unwatched namespaces asked for that could not be watched, each with a one-line reason
 */
public record FlowsSnapshot(Instant at, List<NamespaceFlows> namespaces, Map<String, String> unwatched) {

    public FlowsSnapshot {
        unwatched = Map.copyOf(unwatched);
    }

    public FlowsSnapshot(Instant at, List<NamespaceFlows> namespaces) {
        this(at, namespaces, Map.of());
    }

    public FlowsSnapshot withUnwatched(Map<String, String> problems) {
        return new FlowsSnapshot(at, namespaces, problems);
    }

    public NamespaceFlows namespace(String name) {
        return namespaces.stream().filter(n -> n.namespace().equals(name)).findFirst().orElse(null);
    }
}
