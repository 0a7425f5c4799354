package dev.mpsh.flows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of a {@link FlowsSnapshot} (fields documented in docs/subflows.md). */
public final class SubflowsJson {
    private SubflowsJson() {
    }

    public static Map<String, Object> of(FlowsSnapshot snap) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", snap.at().toString());
        List<Object> nss = new ArrayList<>();
        for (NamespaceFlows ns : snap.namespaces()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("namespace", ns.namespace());
            n.put("complete", ns.health().complete());
            n.put("problem", ns.health().problem());
            n.put("events", ns.events());
            n.put("lost", ns.lost());
            n.put("unknown", ns.unknown());
            n.put("listeners", ns.listeners().stream().map(l -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("address", l.endpoint().toString());
                x.put("closed", l.closed());
                return x;
            }).toList());
            n.put("connections", ns.connections().stream().map(SubflowsJson::connection).toList());
            nss.add(n);
        }
        m.put("namespaces", nss);
        return m;
    }

    private static Map<String, Object> connection(Connection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", c.tokenHex());
        m.put("state", c.state().word());
        m.put("serverSide", c.serverSide());
        m.put("denyJoinId0", c.denyJoinId0());
        m.put("partial", c.partial());
        m.put("closedAt", time(c.closedAt()));
        m.put("announced", c.announced().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("address", a.endpoint() == null ? null : a.endpoint().toString());
            x.put("removed", a.removed());
            return x;
        }).toList());
        m.put("subflows", c.subflows().stream().map(SubflowsJson::subflow).toList());
        return m;
    }

    private static Map<String, Object> subflow(SubflowInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initial", s.initial());
        m.put("interface", s.iface());
        m.put("interfaceDown", s.ifaceDown());
        m.put("local", s.local().toString());
        m.put("remote", s.remote().toString());
        m.put("localId", s.localId());
        m.put("remoteId", s.remoteId());
        m.put("state", s.state().word());
        m.put("backup", s.backup());
        m.put("error", s.error());
        m.put("resetReason", s.resetReason());
        m.put("closedAt", time(s.closedAt()));
        m.put("placement", s.placement() == null ? null : s.placement().verdict().name().toLowerCase(java.util.Locale.ROOT));
        m.put("backend", s.placement() == null ? null : s.placement().backend());
        Traffic t = s.traffic();
        m.put("bytesSent", t == null ? null : t.bytesSent());
        m.put("bytesReceived", t == null ? null : t.bytesReceived());
        m.put("rttMicros", t == null ? null : t.rttMicros());
        return m;
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
