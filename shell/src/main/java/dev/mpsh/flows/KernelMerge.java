package dev.mpsh.flows;

import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.KernelSnapshot;
import dev.mpsh.sockdiag.SockId;
import dev.mpsh.sockdiag.SubflowAttrs;
import dev.mpsh.sockdiag.TcpSock;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Brings a namespace's model up to what the kernel's socket list says: every connection and
 * subflow it lists is in the model (with its tcp_info counters, MPTCP ids and flags), and, when
 * the list is authoritative (right after subscribing, or after lost events once the queue is
 * drained), what the model has open but the kernel no longer lists is closed.
 *
 * <p>A non-authoritative reading (a refresh for the counters) may be older than an event already
 * applied, so it never reopens or closes anything: a closed connection or subflow stays closed.
 */
final class KernelMerge {
    private KernelMerge() {
    }

    /** @return how many listed connections disagree with the model on their number of open subflows */
    static int merge(Map<Long, LiveConnection> conns, KernelSnapshot k, Instant now, boolean authoritative,
                     IfaceNames ifaces) {
        Set<Long> listed = new HashSet<>();
        int mismatched = 0;
        for (KernelConnection kc : k.connections()) {
            listed.add(kc.token());
            LiveConnection c = conns.get(kc.token());
            if (c != null && c.state == ConnectionState.CLOSED) {
                if (!authoritative) {
                    continue;
                }
                conns.remove(kc.token()); // the token was reused by a new connection
                c = null;
            }
            if (c == null) {
                c = new LiveConnection(kc.token(), now, false);
                c.openedBeforeWatch = true;
                c.state = kc.msk().id().connecting() ? ConnectionState.CREATED : ConnectionState.ESTABLISHED;
                conns.put(kc.token(), c);
            }
            c.info = kc.msk().info();
            c.serverSide |= kc.serverSide();
            Set<LiveConnection.Tuple> seen = new HashSet<>();
            for (TcpSock s : kc.subflows()) {
                LiveConnection.Tuple t = new LiveConnection.Tuple(endpoint(s.id().local()), endpoint(s.id().remote()));
                seen.add(t);
                subflow(c, t, KernelSnapshot.initial(kc.msk(), s), s, k.at(), now, ifaces);
            }
            int expected = kc.msk().expectedSubflows();
            boolean complete = kc.subflows().size() >= expected;
            if (authoritative && complete) {
                for (var e : c.subflows.entrySet()) {
                    if (!seen.contains(e.getKey())) {
                        e.getValue().close(now); // its SUB_CLOSED was among the lost events
                    }
                }
            }
            c.suspect = c.openSubflows() != expected;
            c.partial = c.suspect;
            if (c.suspect) {
                mismatched++;
            }
        }
        if (authoritative) {
            for (LiveConnection c : conns.values()) {
                if (c.state != ConnectionState.CLOSED && !listed.contains(c.token)) {
                    c.close(now);
                }
            }
        }
        return mismatched;
    }

    private static void subflow(LiveConnection c, LiveConnection.Tuple t, boolean initial, TcpSock s, Instant at,
                                Instant now, IfaceNames ifaces) {
        LiveSubflow sf = c.subflow(t, initial, now);
        if (!sf.open()) {
            return; // an event closed it after this reading was taken, or its last reading stays
        }
        SockId id = s.id();
        sf.state = id.connecting() ? SubflowState.CONNECTING : SubflowState.ESTABLISHED;
        sf.traffic = Traffic.next(sf.traffic, s.tcp(), at);
        SubflowAttrs a = s.mptcp();
        if (a != null) {
            sf.attrs = a;
            sf.localId = a.idLocal();
            sf.remoteId = a.idRemote();
            sf.backup = a.backupLocal() || a.backupRemote();
        }
        String name = ifaces.name(id.ifindex() > 0 ? id.ifindex() : null, id.local().getAddress());
        if (name != null && (sf.iface == null || id.ifindex() > 0)) {
            sf.iface = name;
        }
    }

    private static Endpoint endpoint(InetSocketAddress a) {
        return new Endpoint(a.getAddress(), a.getPort());
    }
}
