package dev.mpsh.tui;

import dev.mpsh.mptcp.PmEvent;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The subflow rows kept from path-manager events: one row per connection's initial subflow,
 * per joined subflow and per announced address, closed ones kept (marked) up to {@link #KEEP}
 * rows. Fed by {@link PmSubscriptions} or, in tests, by hand.
 */
final class EventFlowRows implements FlowRows, PmSubscriptions.Sink {
    static final int KEEP = 20_000;

    private final Map<String, FlowRow> rows = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String health;
    private AutoCloseable source = () -> { };

    /** Closes the event source along with the rows. */
    EventFlowRows from(AutoCloseable source) {
        this.source = source;
        return this;
    }

    @Override
    public synchronized List<FlowRow> rows() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public String health() {
        return health;
    }

    @Override
    public void event(String ns, PmEvent e) {
        synchronized (this) {
            apply(ns, e);
            while (rows.size() > KEEP) {
                rows.remove(rows.keySet().iterator().next());
            }
        }
        listeners.forEach(Runnable::run);
    }

    @Override
    public void lost(String ns, String problem) {
        health = problem;
        listeners.forEach(Runnable::run);
    }

    private void apply(String ns, PmEvent e) {
        String token = e.token() == null ? "?" : String.format("%08x", e.token());
        String local = hostPort(e.saddr(), e.sport());
        String remote = hostPort(e.daddr(), e.dport());
        String iface = e.ifindex() == null ? "" : "if" + e.ifindex();
        String key = ns + "/" + token + "/" + local + "/" + remote;
        switch (e.type()) {
            case PmEvent.CREATED -> rows.put(key, new FlowRow(ns, token, "initial", local, remote, iface, "created"));
            case PmEvent.ESTABLISHED -> rows.put(key, new FlowRow(ns, token, "initial", local, remote, iface, "established"));
            case PmEvent.SUB_ESTABLISHED -> rows.put(key, new FlowRow(ns, token, "join", local, remote, iface, "established"));
            case PmEvent.SUB_CLOSED -> rows.put(key, new FlowRow(ns, token, "join", local, remote, iface,
                    e.error() != null && e.error() != 0 ? "closed (error " + e.error() + ")" : "closed"));
            case PmEvent.ANNOUNCED -> rows.put(ns + "/" + token + "/ann/" + e.remId(),
                    new FlowRow(ns, token, "announced", "", remote, "", "id " + e.remId()));
            case PmEvent.CLOSED -> rows.replaceAll((k, r) -> r.namespace().equals(ns) && r.token().equals(token)
                    && !r.kind().equals("announced") ? withState(r, "closed") : r);
            default -> {
                // listener and priority events change no row here
            }
        }
    }

    private static FlowRow withState(FlowRow r, String state) {
        return new FlowRow(r.namespace(), r.token(), r.kind(), r.local(), r.remote(), r.iface(), state);
    }

    private static String hostPort(InetAddress a, Integer port) {
        if (a == null) {
            return "";
        }
        return a.getHostAddress() + (port == null ? "" : ":" + port);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (Exception e) {
            // closing a subscription does not fail in a way the user can act on
        }
    }
}
