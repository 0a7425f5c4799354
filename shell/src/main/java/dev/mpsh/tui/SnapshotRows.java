package dev.mpsh.tui;

import dev.mpsh.flows.Announced;
import dev.mpsh.flows.Connection;
import dev.mpsh.flows.FlowsSnapshot;
import dev.mpsh.flows.NamespaceFlows;
import dev.mpsh.flows.SubflowInfo;
import dev.mpsh.flows.Traffic;
import java.util.ArrayList;
import java.util.List;

/** The subflow model's snapshot as the pane's rows: per connection its subflows, then what was announced to it. */
final class SnapshotRows {
    private SnapshotRows() {
    }

    static List<FlowRow> of(FlowsSnapshot snapshot) {
        List<FlowRow> rows = new ArrayList<>();
        for (NamespaceFlows ns : snapshot.namespaces()) {
            for (Connection c : ns.connections()) {
                String token = c.tokenHex();
                for (SubflowInfo s : c.subflows()) {
                    rows.add(new FlowRow(ns.namespace(), token, s.initial() ? "initial" : "join",
                            String.valueOf(s.local()), String.valueOf(s.remote()),
                            s.iface() == null ? "" : s.iface() + (s.ifaceDown() ? " (down)" : ""),
                            state(c, s), s.placement() == null ? "" : s.placement().describe()));
                }
                for (Announced a : c.announced()) {
                    rows.add(new FlowRow(ns.namespace(), token, "announced", "",
                            a.endpoint() == null ? "" : String.valueOf(a.endpoint()), "",
                            a.removed() ? "removed" : "id " + a.id(), ""));
                }
            }
        }
        return rows;
    }

    /** A one-line problem of the first namespace whose model is incomplete, or null. */
    static String health(FlowsSnapshot snapshot) {
        for (NamespaceFlows ns : snapshot.namespaces()) {
            if (!ns.health().complete()) {
                return ns.namespace() + ": " + ns.health().problem();
            }
        }
        return null;
    }

    private static String state(Connection c, SubflowInfo s) {
        StringBuilder b = new StringBuilder(s.state().word());
        if (s.error() != null && s.error() != 0) {
            b.append(" (error ").append(s.error()).append(')');
        }
        if (s.backup()) {
            b.append(", backup");
        }
        if (s.initial() && c.denyJoinId0()) {
            b.append(", C flag");
        }
        Traffic t = s.traffic();
        if (t != null) {
            b.append(", tx ").append(t.bytesSent()).append(" B rx ").append(t.bytesReceived())
                    .append(" B rtt ").append(t.rttMicros() / 1000.0).append(" ms");
        }
        return b.toString();
    }
}
