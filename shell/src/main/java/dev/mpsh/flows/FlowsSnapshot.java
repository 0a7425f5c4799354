package dev.mpsh.flows;

import java.time.Instant;
import java.util.List;

/** Every watched namespace at one moment, joined: what {@code subflows}, {@code watch} and the TUI show. */
public record FlowsSnapshot(Instant at, List<NamespaceFlows> namespaces) {

    public NamespaceFlows namespace(String name) {
        return namespaces.stream().filter(n -> n.namespace().equals(name)).findFirst().orElse(null);
    }
}
