package dev.mpsh.flows;

import dev.mpsh.mptcp.PmEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One namespace's live model, kept from its path-manager events. Thread-safe: one thread
 * applies events, any thread takes snapshots. Needs no root and no kernel: tests feed it events.
 *
 * <p>Rules for events that do not arrive as the textbook says: a duplicate changes nothing; an
 * event for a token never CREATED opens the connection as "partial"; a closed subflow or
 * connection stays closed whatever arrives late for it, except that CREATED for a closed token
 * starts a new connection (tokens are reused); unknown event types are counted and ignored.
 */
public final class FlowModel {
    /** How long closed connections, subflows and listeners stay listed. */
    public static final Duration DEFAULT_RETENTION = Duration.ofSeconds(30);

    private final String namespace;
    private final IfaceNames ifaces;
    private final Duration retention;
    private final Map<Long, Conn> conns = new LinkedHashMap<>();
    private final Map<Endpoint, Listener> listeners = new LinkedHashMap<>();
    /** A failure that ends the model's updates (the subscription died), or null. */
    private String failure;
    private Instant failureSince;
    /** When events were lost and no resync has run since, or null. */
    private Instant lostSince;
    private Instant resyncAt;
    private Instant lastPrune;
    private long events;
    private long lost;
    private long unknown;

    public FlowModel(String namespace, IfaceNames ifaces, Duration retention) {
        this.namespace = namespace;
        this.ifaces = ifaces;
        this.retention = retention;
    }

    public FlowModel(String namespace) {
        this(namespace, IfaceNames.NONE, DEFAULT_RETENTION);
    }

    public String namespace() {
        return namespace;
    }

    /** Applies one event received at now. */
    public synchronized void apply(PmEvent e, Instant now) {
        events++;
        switch (e.type()) {
            case PmEvent.LISTENER_CREATED -> listeners.put(endpoint(e.saddr(), e.sport()),
                    new Listener(endpoint(e.saddr(), e.sport()), now, null));
            case PmEvent.LISTENER_CLOSED -> {
                Endpoint ep = endpoint(e.saddr(), e.sport());
                Listener l = listeners.get(ep);
                listeners.put(ep, new Listener(ep, l == null ? now : l.since(), now));
            }
            case PmEvent.CREATED, PmEvent.ESTABLISHED, PmEvent.CLOSED, PmEvent.ANNOUNCED, PmEvent.REMOVED,
                 PmEvent.SUB_ESTABLISHED, PmEvent.SUB_CLOSED, PmEvent.SUB_PRIORITY -> {
                if (e.token() == null) {
                    unknown++; // malformed: every connection event carries a token
                    return;
                }
                connectionEvent(e, now);
            }
            default -> unknown++;
        }
        if (lastPrune == null || !now.isBefore(lastPrune.plusSeconds(1))) {
            prune(now); // at most once a second: it walks every connection
        }
    }

    private void connectionEvent(PmEvent e, Instant now) {
        long token = e.token();
        Conn c = conns.get(token);
        if (e.type() == PmEvent.CREATED && c != null && c.state == ConnectionState.CLOSED) {
            conns.remove(token); // the token was reused by a new connection
            c = null;
        }
        if (c == null) {
            c = new Conn(token, now, e.type() != PmEvent.CREATED);
            conns.put(token, c);
        }
        switch (e.type()) {
            case PmEvent.CREATED, PmEvent.ESTABLISHED -> c.initial(e, now, ifaces);
            case PmEvent.CLOSED -> c.close(now);
            case PmEvent.ANNOUNCED -> c.announced.put(id(e.remId()),
                    new Announced(id(e.remId()), endpoint(e.daddr(), e.dport()), false));
            case PmEvent.REMOVED -> {
                Announced a = c.announced.get(id(e.remId()));
                c.announced.put(id(e.remId()), new Announced(id(e.remId()), a == null ? null : a.endpoint(), true));
            }
            default -> c.subflowEvent(e, now, ifaces);
        }
    }

    /** The kernel dropped events: say so until a resync repairs the model. */
    public synchronized void eventsLost(Instant now) {
        lost++;
        if (lostSince == null) {
            lostSince = now;
        }
    }

    /** Marks the model incomplete for another reason (e.g. the subscription failed). */
    public synchronized void incomplete(String problem, Instant now) {
        failure = problem;
        failureSince = now;
    }

    /**
     * Repairs the model from the kernel's list of the namespace's open MPTCP connections (an
     * inet_diag dump): open connections the kernel no longer has are closed, ones the model does
     * not know are added as partial, and the model is complete again when every open
     * connection's subflow count agrees with the kernel's.
     *
     * @return how many connections disagree on their subflow count (they are marked partial)
     */
    public synchronized int resync(List<DiagConnection> kernel, Instant now) {
        Map<Long, DiagConnection> byToken = new LinkedHashMap<>();
        kernel.forEach(k -> byToken.put(k.token(), k));
        for (Conn c : conns.values()) {
            if (c.state != ConnectionState.CLOSED && !byToken.containsKey(c.token)) {
                c.close(now);
            }
        }
        int mismatched = 0;
        for (DiagConnection k : byToken.values()) {
            Conn c = conns.get(k.token());
            if (c == null || c.state == ConnectionState.CLOSED) {
                c = new Conn(k.token(), now, true);
                conns.put(k.token(), c);
                c.initialFrom(k, now, ifaces);
            }
            if (c.openSubflows() != k.subflows()) {
                c.partial = true;
                c.suspect = true; // until its CREATED arrives or it closes
                mismatched++;
            }
        }
        lostSince = null;
        resyncAt = now;
        return mismatched;
    }

    public synchronized NamespaceFlows snapshot(Instant now) {
        prune(now);
        List<Connection> out = new ArrayList<>(conns.size());
        for (Conn c : conns.values()) {
            out.add(c.view());
        }
        return new NamespaceFlows(namespace, health(), List.copyOf(out), List.copyOf(listeners.values()),
                events, lost, unknown);
    }

    private Health health() {
        if (failure != null) {
            return Health.incomplete(failure, failureSince);
        }
        if (lostSince != null) {
            return Health.incomplete("events were lost (netlink receive buffer overflow); the table may be wrong", lostSince);
        }
        long suspects = conns.values().stream().filter(c -> c.suspect).count();
        return suspects == 0 ? Health.OK : Health.incomplete(suspects
                + " connection(s) have subflows mpsh did not see open (events were lost, or they began before mpsh watched)",
                resyncAt);
    }

    private void prune(Instant now) {
        lastPrune = now;
        Instant cutoff = now.minus(retention);
        for (Iterator<Conn> it = conns.values().iterator(); it.hasNext(); ) {
            Conn c = it.next();
            if (c.closedAt != null && c.closedAt.isBefore(cutoff)) {
                it.remove();
            } else {
                c.subflows.values().removeIf(s -> !s.initial && s.closedAt != null && s.closedAt.isBefore(cutoff));
            }
        }
        listeners.values().removeIf(l -> l.closedAt() != null && l.closedAt().isBefore(cutoff));
    }

    static Endpoint endpoint(java.net.InetAddress a, Integer port) {
        return new Endpoint(a, port == null ? 0 : port);
    }

    private static int id(Integer v) {
        return v == null ? -1 : v;
    }

    /** The mutable state behind one {@link Connection}. */
    private static final class Conn {
        final long token;
        final Instant since;
        ConnectionState state = ConnectionState.CREATED;
        boolean serverSide;
        boolean denyJoinId0;
        boolean partial;
        /** The kernel's subflow count disagreed at the last resync. */
        boolean suspect;
        Instant closedAt;
        final Map<Integer, Announced> announced = new TreeMap<>();
        /** By 4-tuple; the initial subflow too. */
        final Map<Tuple, Sf> subflows = new LinkedHashMap<>();

        Conn(long token, Instant since, boolean partial) {
            this.token = token;
            this.since = since;
            this.partial = partial;
        }

        void initial(PmEvent e, Instant now, IfaceNames ifaces) {
            if (e.type() == PmEvent.CREATED) {
                partial = false; // it began while we watched (maybe reported after ESTABLISHED)
                suspect = false;
            }
            int flags = e.flags() == null ? 0 : e.flags();
            serverSide |= (flags & PmEvent.FLAG_SERVER_SIDE) != 0 || Integer.valueOf(1).equals(e.serverSide());
            denyJoinId0 |= (flags & PmEvent.FLAG_DENY_JOIN_ID0) != 0;
            if (e.type() == PmEvent.ESTABLISHED && state == ConnectionState.CREATED) {
                state = ConnectionState.ESTABLISHED;
            }
            Tuple t = new Tuple(endpoint(e.saddr(), e.sport()), endpoint(e.daddr(), e.dport()));
            Sf sf = subflows.get(t);
            if (sf == null) {
                sf = new Sf(t, true, now);
                // the initial subflow goes first, whatever came before it
                Map<Tuple, Sf> rest = new LinkedHashMap<>(subflows);
                subflows.clear();
                subflows.put(t, sf);
                subflows.putAll(rest);
            }
            sf.initial = true;
            sf.localId = id(e.locId());
            sf.remoteId = id(e.remId());
            if (sf.iface == null) {
                sf.iface = ifaces.name(null, e.saddr());
            }
            if (sf.state != SubflowState.CLOSED) {
                sf.state = state == ConnectionState.ESTABLISHED ? SubflowState.ESTABLISHED : SubflowState.CONNECTING;
            }
        }

        void initialFrom(DiagConnection k, Instant now, IfaceNames ifaces) {
            state = ConnectionState.ESTABLISHED;
            Tuple t = new Tuple(k.local(), k.remote());
            Sf sf = new Sf(t, true, now);
            sf.state = SubflowState.ESTABLISHED;
            sf.iface = ifaces.name(null, k.local().address());
            subflows.put(t, sf);
        }

        void close(Instant now) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            state = ConnectionState.CLOSED;
            closedAt = now;
            suspect = false;
            for (Sf sf : subflows.values()) {
                if (sf.state != SubflowState.CLOSED) {
                    sf.state = SubflowState.CLOSED;
                    sf.closedAt = now;
                }
            }
        }

        void subflowEvent(PmEvent e, Instant now, IfaceNames ifaces) {
            Tuple t = new Tuple(endpoint(e.saddr(), e.sport()), endpoint(e.daddr(), e.dport()));
            Sf sf = subflows.computeIfAbsent(t, k -> new Sf(k, false, now));
            sf.localId = id(e.locId());
            sf.remoteId = id(e.remId());
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
                if (sf.state != SubflowState.CLOSED) {
                    sf.state = SubflowState.CLOSED;
                    sf.closedAt = now;
                }
            } else if (sf.state != SubflowState.CLOSED) {
                // SUB_ESTABLISHED, or SUB_PRIORITY for a subflow whose establishment we missed
                sf.state = state == ConnectionState.CLOSED ? SubflowState.CLOSED : SubflowState.ESTABLISHED;
                if (sf.state == SubflowState.CLOSED) {
                    sf.closedAt = closedAt;
                }
            }
        }

        int openSubflows() {
            return (int) subflows.values().stream().filter(s -> s.state != SubflowState.CLOSED).count();
        }

        Connection view() {
            List<SubflowInfo> sfs = new ArrayList<>(subflows.size());
            for (Sf s : subflows.values()) {
                sfs.add(new SubflowInfo(s.initial, s.tuple.local, s.tuple.remote, s.localId, s.remoteId, s.iface, false,
                        s.state, s.backup, s.error, s.resetReason, s.resetFlags, s.since, s.closedAt, null, null));
            }
            return new Connection(token, state, serverSide, denyJoinId0, partial,
                    List.copyOf(announced.values()), List.copyOf(sfs), since, closedAt);
        }
    }

    /** A subflow's addresses: local is this namespace's side. */
    private record Tuple(Endpoint local, Endpoint remote) {
    }

    private static final class Sf {
        final Tuple tuple;
        final Instant since;
        boolean initial;
        int localId = -1;
        int remoteId = -1;
        String iface;
        SubflowState state = SubflowState.ESTABLISHED;
        boolean backup;
        Integer error;
        Long resetReason;
        Long resetFlags;
        Instant closedAt;

        Sf(Tuple tuple, boolean initial, Instant since) {
            this.tuple = tuple;
            this.initial = initial;
            this.since = since;
        }
    }
}
