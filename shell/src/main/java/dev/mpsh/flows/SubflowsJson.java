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
        m.put("serverSide", c.serverSide());
        m.put("denyJoinId0", c.denyJoinId0());
        m.put("partial", c.partial());
        m.put("openedBeforeWatch", c.openedBeforeWatch());
        MptcpInfo i = c.info();
        m.put("fallback", i == null ? null : (i.flags() & MptcpInfo.FLAG_FALLBACK) != 0);
        m.put("closedAt", time(c.closedAt()));
        m.put("bytesSent", i == null ? null : i.bytesSent());
        m.put("bytesReceived", i == null ? null : i.bytesReceived());
        m.put("bytesAcked", i == null ? null : i.bytesAcked());
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
        m.put("interfaceDown", s.ifaceDown());
        m.put("local", s.local().toString());
        m.put("remote", s.remote().toString());
        m.put("localId", s.localId());
        m.put("remoteId", s.remoteId());
        m.put("state", s.state().word());
        m.put("backup", s.backup());
        SubflowAttrs a = s.attrs();
        m.put("backupLocal", a == null ? null : a.backupLocal());
        m.put("backupRemote", a == null ? null : a.backupRemote());
        m.put("mptcpFlags", a == null ? null : a.flagLetters());
        m.put("peerToken", a == null || a.tokenRemote() == 0 ? null : String.format("%08x", a.tokenRemote()));
        m.put("error", s.error());
        m.put("resetReason", s.resetReason());
        m.put("closedAt", time(s.closedAt()));
        m.put("placement", s.placement() == null ? null : s.placement().verdict().name().toLowerCase(java.util.Locale.ROOT));
        m.put("backend", s.placement() == null ? null : s.placement().backend());
        Traffic t = s.traffic();
        TcpInfo i = t == null ? null : t.tcp();
        m.put("tcpState", i == null ? null : SockId.stateName(i.state()));
        m.put("bytesSent", i == null ? null : i.bytesSent());
        m.put("bytesAcked", i == null ? null : i.bytesAcked());
        m.put("bytesReceived", i == null ? null : i.bytesReceived());
        m.put("bytesRetrans", i == null ? null : i.bytesRetrans());
        m.put("segsOut", i == null ? null : i.segsOut());
        m.put("segsIn", i == null ? null : i.segsIn());
        m.put("totalRetrans", i == null ? null : i.totalRetrans());
        m.put("rttMicros", i == null ? null : i.rttMicros());
        m.put("rttVarMicros", i == null ? null : i.rttVarMicros());
        m.put("sndCwnd", i == null ? null : i.sndCwnd());
        m.put("deliveryRate", i == null ? null : i.deliveryRate());
        m.put("rate", s.rate());
        m.put("share", c.share(s));
        m.put("readAt", t == null ? null : time(t.at()));
        return m;
    }

    private static String time(Instant i) {
        return i == null ? null : i.toString();
    }
}
