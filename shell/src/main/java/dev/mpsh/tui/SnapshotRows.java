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
                            state(c, s), s.placement() == null ? "" : s.placement().describe(),
                            s.rate(), c.share(s), traffic(s.traffic())));
                }
                for (Announced a : c.announced()) {
                    rows.add(new FlowRow(ns.namespace(), token, "announced", "",
                            a.endpoint() == null ? "" : String.valueOf(a.endpoint()), "",
                            a.removed() ? "removed" : "id " + a.id(), "", null, null, ""));
                }
            }
        }
        return rows;
    }

    /** A one-line problem of the first namespace whose model is incomplete or has a note, or null. */
    static String health(FlowsSnapshot snapshot) {
        for (NamespaceFlows ns : snapshot.namespaces()) {
            if (!ns.health().complete()) {
                return ns.namespace() + ": " + ns.health().problem();
            }
        }
        for (NamespaceFlows ns : snapshot.namespaces()) {
            if (!ns.notes().isEmpty()) {
                return ns.namespace() + ": " + ns.notes().get(0);
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
        if (s.initial() && Boolean.TRUE.equals(c.denyJoinId0())) {
            b.append(", C flag");
        }
        return b.toString();
    }

    private static String traffic(Traffic t) {
        if (t == null) {
            return "";
        }
        return "tx " + t.bytesSent() + " B rx " + t.bytesReceived() + " B rtt " + t.rttMicros() / 1000.0 + " ms";
    }
}
