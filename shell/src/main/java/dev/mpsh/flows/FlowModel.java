package dev.mpsh.flows;

import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.sockdiag.KernelSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One namespace's live model: seeded from the kernel's socket list, then kept from its
 * path-manager events, with each subflow's counters refreshed from that list. Thread-safe: one
 * thread applies events, any thread merges readings and takes snapshots. Needs no root and no
 * kernel: tests feed it events and socket lists.
 *
 * <p>Rules for events that do not arrive as the textbook says: a duplicate changes nothing; an
 * event for a token never CREATED (nor listed by the kernel) opens the connection as "partial";
 * a closed subflow or connection stays closed whatever arrives late for it, except that CREATED
 * for a closed token starts a new connection (tokens are reused); unknown event types are
 * counted and ignored. How socket lists are merged: {@link KernelMerge}.
 */
public final class FlowModel {
    /** How long closed connections, subflows and listeners stay listed. */
    public static final Duration DEFAULT_RETENTION = Duration.ofSeconds(30);

    private final String namespace;
    private final IfaceNames ifaces;
    private final Duration retention;
    private final Map<Long, LiveConnection> conns = new LinkedHashMap<>();
    private final Map<Endpoint, Listener> listeners = new LinkedHashMap<>();
    /** A failure that ends the model's updates (the subscription died), or null. */
    private String failure;
    private Instant failureSince;
    /** When events were lost and no resync has run since, or null. */
    private Instant lostSince;
    private Instant resyncAt;
    private Instant lastPrune;
    /** What the last socket list could not tell, or null. */
    private String kernelNote;
    /** An event brought a connection or subflow after the last socket list was read. */
    private boolean unread;
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
        LiveConnection c = conns.get(token);
        if (e.type() == PmEvent.CREATED && c != null && c.state == ConnectionState.CLOSED) {
            conns.remove(token); // the token was reused by a new connection
            c = null;
        }
        if (c == null) {
            c = new LiveConnection(token, now, e.type() != PmEvent.CREATED);
            conns.put(token, c);
        }
        if (e.type() != PmEvent.CLOSED && e.type() != PmEvent.SUB_CLOSED) {
            unread = true;
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
     * Repairs the model from the kernel's socket list read after every queued event was applied
     * (right after subscribing, or after lost events): see {@link KernelMerge}. The model is
     * complete again when every open connection's subflows agree with the kernel's.
     *
     * @return how many connections disagree on their subflows (they are marked partial)
     */
    public synchronized int resync(KernelSnapshot kernel, Instant now) {
        int mismatched = KernelMerge.merge(conns, kernel, now, true, ifaces);
        kernelNote = kernel.problem();
        unread = false;
        lostSince = null;
        resyncAt = now;
        return mismatched;
    }

    /** Adds what a fresh socket list shows (new connections, subflows, counters), closing nothing. */
    public synchronized void refresh(KernelSnapshot kernel, Instant now) {
        KernelMerge.merge(conns, kernel, now, false, ifaces);
        kernelNote = kernel.problem();
        unread = false;
    }

    /** Whether events brought connections or subflows since the last socket list: their counters are not read yet. */
    public synchronized boolean unread() {
        return unread;
    }

    public synchronized NamespaceFlows snapshot(Instant now) {
        prune(now);
        List<Connection> out = new ArrayList<>(conns.size());
        for (LiveConnection c : conns.values()) {
            out.add(c.view());
        }
        return new NamespaceFlows(namespace, health(), List.copyOf(out), List.copyOf(listeners.values()),
                events, lost, unknown, kernelNote == null ? List.of() : List.of(kernelNote));
    }

    private Health health() {
        if (failure != null) {
            return Health.incomplete(failure, failureSince);
        }
        if (lostSince != null) {
            return Health.incomplete("events were lost (netlink receive buffer overflow); the table may be wrong", lostSince);
        }
        long suspects = conns.values().stream().filter(c -> c.suspect && c.state != ConnectionState.CLOSED).count();
        return suspects == 0 ? Health.OK : Health.incomplete(suspects
                + " connection(s) have subflows that neither the events nor the kernel's socket list showed mpsh",
                resyncAt);
    }

    private void prune(Instant now) {
        lastPrune = now;
        Instant cutoff = now.minus(retention);
        for (Iterator<LiveConnection> it = conns.values().iterator(); it.hasNext(); ) {
            LiveConnection c = it.next();
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

    static int id(Integer v) {
        return v == null ? -1 : v;
    }
}
