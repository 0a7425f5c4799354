package dev.mpsh.flows;

import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.mptcp.PmEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mutable state behind one {@link Connection}: what its events and the kernel's socket list said. */
final class LiveConnection {
    final long token;
    final Instant since;
    ConnectionState state = ConnectionState.CREATED;
    boolean serverSide;
    /** Null until CREATED/ESTABLISHED tells. */
    Boolean denyJoinId0;
    boolean partial;
    /** The kernel's subflow count disagreed at the last reading of its list. */
    boolean suspect;
    boolean openedBeforeWatch;
    MptcpInfo info;
    Instant closedAt;
    final Map<Integer, Announced> announced = new TreeMap<>();
    /** By 4-tuple; the initial subflow first. */
    final Map<Tuple, LiveSubflow> subflows = new LinkedHashMap<>();

    /** A subflow's addresses: local is this namespace's side. */
    record Tuple(Endpoint local, Endpoint remote) {
    }

    LiveConnection(long token, Instant since, boolean partial) {
        this.token = token;
        this.since = since;
        this.partial = partial;
    }

    /** The subflow with these addresses, made (the initial one first) if new. */
    LiveSubflow subflow(Tuple t, boolean initial, Instant now) {
        LiveSubflow sf = subflows.get(t);
        if (sf != null) {
            sf.initial |= initial;
            return sf;
        }
        sf = new LiveSubflow(t.local(), t.remote(), initial, now);
        if (initial) {
            Map<Tuple, LiveSubflow> rest = new LinkedHashMap<>(subflows);
            subflows.clear();
            subflows.put(t, sf);
            subflows.putAll(rest);
        } else {
            subflows.put(t, sf);
        }
        return sf;
    }

    void initial(PmEvent e, Instant now, IfaceNames ifaces) {
        if (e.type() == PmEvent.CREATED) {
            partial = false; // it began while we watched (maybe reported after ESTABLISHED)
            suspect = false;
        }
        int flags = e.flags() == null ? 0 : e.flags();
        serverSide |= (flags & PmEvent.FLAG_SERVER_SIDE) != 0 || Integer.valueOf(1).equals(e.serverSide());
        denyJoinId0 = Boolean.TRUE.equals(denyJoinId0) || (flags & PmEvent.FLAG_DENY_JOIN_ID0) != 0;
        if (e.type() == PmEvent.ESTABLISHED && state == ConnectionState.CREATED) {
            state = ConnectionState.ESTABLISHED;
        }
        LiveSubflow sf = subflow(new Tuple(FlowModel.endpoint(e.saddr(), e.sport()), FlowModel.endpoint(e.daddr(), e.dport())),
                true, now);
        sf.localId = FlowModel.id(e.locId());
        sf.remoteId = FlowModel.id(e.remId());
        if (sf.iface == null) {
            sf.iface = ifaces.name(null, e.saddr());
        }
        if (sf.open()) {
            sf.state = state == ConnectionState.ESTABLISHED ? SubflowState.ESTABLISHED : SubflowState.CONNECTING;
        }
    }

    void close(Instant now) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        state = ConnectionState.CLOSED;
        closedAt = now;
        suspect = false;
        subflows.values().forEach(sf -> sf.close(now));
    }

    void subflowEvent(PmEvent e, Instant now, IfaceNames ifaces) {
        LiveSubflow sf = subflow(new Tuple(FlowModel.endpoint(e.saddr(), e.sport()), FlowModel.endpoint(e.daddr(), e.dport())),
                false, now);
        sf.localId = FlowModel.id(e.locId());
        sf.remoteId = FlowModel.id(e.remId());
        if (e.backup() != null) {
            sf.backup = e.backup() != 0;
        }
        if (e.error() != null && e.error() != 0) {
            sf.error = e.error();
        }
        String name = ifaces.name(e.ifindex(), e.saddr());
        if (name != null) {
            sf.iface = name;
        }
        if (e.type() == PmEvent.SUB_CLOSED) {
            if (e.resetReason() != null) {
                sf.resetReason = e.resetReason();
                sf.resetFlags = e.resetFlags();
            }
            sf.close(now);
        } else if (sf.open()) {
            // SUB_ESTABLISHED, or SUB_PRIORITY for a subflow whose establishment we missed
            if (state == ConnectionState.CLOSED) {
                sf.close(closedAt);
            } else {
                sf.state = SubflowState.ESTABLISHED;
            }
        }
    }

    int openSubflows() {
        return (int) subflows.values().stream().filter(LiveSubflow::open).count();
    }

    Connection view() {
        List<SubflowInfo> sfs = new ArrayList<>(subflows.size());
        for (LiveSubflow s : subflows.values()) {
            sfs.add(s.view());
        }
        return new Connection(token, state, serverSide, denyJoinId0, partial, openedBeforeWatch, info,
                List.copyOf(announced.values()), List.copyOf(sfs), since, closedAt);
    }
}
