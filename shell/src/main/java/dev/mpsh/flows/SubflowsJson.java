package dev.mpsh.flows;

import dev.mpsh.linux.TcpInfo;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.sockdiag.SockId;
import dev.mpsh.sockdiag.SubflowAttrs;
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
            n.put("notes", ns.notes());
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
        m.put("unwatched", new java.util.TreeMap<>(snap.unwatched()).entrySet().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("namespace", e.getKey());
            x.put("problem", e.getValue());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> connection(Connection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", c.tokenHex());
        m.put("state", c.state().word());
        m.put("server_side", c.serverSide());
        m.put("deny_join_id0", c.denyJoinId0());
        m.put("partial", c.partial());
        m.put("opened_before_watch", c.openedBeforeWatch());
        MptcpInfo i = c.info();
        m.put("fallback", i == null ? null : (i.flags() & MptcpInfo.FLAG_FALLBACK) != 0);
        m.put("closed_at", time(c.closedAt()));
        m.put("bytes_sent", i == null ? null : i.bytesSent());
        m.put("bytes_received", i == null ? null : i.bytesReceived());
        m.put("bytes_acked", i == null ? null : i.bytesAcked());
        m.put("rate", c.rate());
        m.put("announced", c.announced().stream().map(a -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("address", a.endpoint() == null ? null : a.endpoint().toString());
            x.put("removed", a.removed());
            return x;
        }).toList());
        m.put("subflows", c.subflows().stream().map(s -> subflow(c, s)).toList());
        return m;
    }

    private static Map<String, Object> subflow(Connection c, SubflowInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initial", s.initial());
        m.put("interface", s.iface());
        m.put("interface_down", s.ifaceDown());
        m.put("local", s.local().toString());
        m.put("remote", s.remote().toString());
        m.put("local_id", s.localId());
        m.put("remote_id", s.remoteId());
        m.put("state", s.state().word());
        m.put("backup", s.backup());
        SubflowAttrs a = s.attrs();
        m.put("backup_local", a == null ? null : a.backupLocal());
        m.put("backup_remote", a == null ? null : a.backupRemote());
        m.put("mptcp_flags", a == null ? null : a.flagLetters());
        m.put("peer_token", a == null || a.tokenRemote() == 0 ? null : String.format("%08x", a.tokenRemote()));
        m.put("error", s.error());
        m.put("reset_reason", s.resetReason());
        m.put("closed_at", time(s.closedAt()));
        m.put("placement", s.placement() == null ? null : s.placement().verdict().name().toLowerCase(java.util.Locale.ROOT));
        m.put("backend", s.placement() == null ? null : s.placement().backend());
        Traffic t = s.traffic();
        TcpInfo i = t == null ? null : t.tcp();
        m.put("tcp_state", i == null ? null : SockId.stateName(i.state()));
        m.put("bytes_sent", i == null ? null : i.bytesSent());
        m.put("bytes_acked", i == null ? null : i.bytesAcked());
        m.put("bytes_received", i == null ? null : i.bytesReceived());
        m.put("bytes_retrans", i == null ? null : i.bytesRetrans());
        m.put("segs_out", i == null ? null : i.segsOut());
        m.put("segs_in", i == null ? null : i.segsIn());
        m.put("total_retrans", i == null ? null : i.totalRetrans());
        m.put("rtt_micros", i == null ? null : i.rttMicros());
        m.put("rtt_var_micros", i == null ? null : i.rttVarMicros());
        m.put("snd_cwnd", i == null ? null : i.sndCwnd());
        m.put("delivery_rate", i == null ? null : i.deliveryRate());
        m.put("rate", s.rate());
        m.put("share", c.share(s));
        m.put("read_at", t == null ? null : time(t.at()));
        return m;
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
