package dev.mpsh.flows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the client's view with the backends': a client subflow saddr:sport → daddr:dport is the
 * backend subflow daddr:dport → saddr:sport (the load balancer forwards without rewriting
 * addresses). Which namespace is which side comes from the events themselves (server side or
 * not), so no namespace name is special.
 */
public final class BackendJoin {
    private BackendJoin() {
    }

    /** The namespaces with every client-side subflow's {@link Placement} filled in. */
    public static List<NamespaceFlows> join(List<NamespaceFlows> namespaces) {
        Map<Key, Found> serverSide = new HashMap<>();
        for (NamespaceFlows ns : namespaces) {
            for (Connection c : ns.connections()) {
                if (c.serverSide()) {
                    for (SubflowInfo s : c.subflows()) {
                        serverSide.put(new Key(s.remote(), s.local()), new Found(ns.namespace(), s));
                    }
                }
            }
        }
        return namespaces.stream().map(ns -> ns.withConnections(c -> c.serverSide() ? c
                : c.withSubflows(s -> s.withPlacement(place(s, serverSide))))).toList();
    }

    private static Placement place(SubflowInfo s, Map<Key, Found> serverSide) {
        Found f = serverSide.get(new Key(s.local(), s.remote()));
        if (f == null) {
            boolean failed = s.closed() && (s.error() != null || s.resetReason() != null);
            return new Placement(failed ? Placement.Verdict.FAILED_NOWHERE : Placement.Verdict.UNKNOWN, null);
        }
        if (f.subflow().closed() && f.subflow().error() != null) {
            return new Placement(Placement.Verdict.REFUSED, f.namespace());
        }
        return new Placement(Placement.Verdict.LANDED, f.namespace());
    }

    /** A subflow from the client's side: client address, server address. */
    private record Key(Endpoint client, Endpoint server) {
    }

    private record Found(String namespace, SubflowInfo subflow) {
    }
}
