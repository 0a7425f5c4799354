package dev.mpsh.flows;

import dev.mpsh.client.ClientSockets;
import dev.mpsh.command.Namespaces;
import dev.mpsh.command.Session;
import dev.mpsh.mptcp.FullInfo;
import dev.mpsh.mptcp.Subflow;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import dev.mpsh.api.Scenario;
import dev.mpsh.lab.ScenarioRoles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session's live subflow tables: one {@link NamespaceWatcher} per watched lab namespace,
 * started on first use and kept for the session, so a snapshot is instant and shows what
 * happened since. Front ends take {@link #snapshot(List)}s and may ask to be told of changes.
 */
public final class FlowCollector implements AutoCloseable {
    /** The namespaces shown when none are named: the client's side and both backends. */
    /** How long a change waits for more before listeners hear of it (a burst is one redraw). */
    static final long NOTIFY_MILLIS = 100;

    private final Namespaces namespaces;
    private final ClientSockets clients;
    private final Map<String, NamespaceWatcher> watchers = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Last counters per client connection: namespace → token → "local remote" → traffic. */
    private final Map<String, Map<Long, Map<String, Traffic>>> traffic = new ConcurrentHashMap<>();
    private final Object notifyLock = new Object();
    private boolean dirty;
    private Thread notifier;

    public FlowCollector(Namespaces namespaces, ClientSockets clients) {
        this.namespaces = namespaces;
        this.clients = clients;
        clients.onClosing(o -> read(o)); // the last reading stays with the closed connection
        Thread janitor = new Thread(this::janitor, "flows-janitor");
        janitor.setDaemon(true);
        janitor.start();
    }

    /**
     * Starts watching the default namespaces in the background when the lab is up, so that
     * later snapshots show what happened since the shell started. Failures (no root, lab down)
     * are silent: the commands report them when asked.
     */
    public static void startWith(Session session) {
        Thread t = new Thread(() -> {
            try {
                if (session.namespaces() != null && session.namespaces().labUp()) {
                    FlowCollector c = of(session);
                    c.watch(c.defaults());
                }
            } catch (IOException | RuntimeException e) {
                // shown by 'subflows' / 'watch' when they are run
            }
        }, "flows-start");
        t.setDaemon(true);
        t.start();
    }

    private void janitor() {
        while (true) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            dropStale();
        }
    }

    /** The session's collector. */
    public static FlowCollector of(Session session) {
        return session.service(FlowCollector.class,
                () -> new FlowCollector(session.namespaces(), ClientSockets.of(session)));
    }

    /** The default namespaces: the scenario's client side and its backends (see ScenarioRoles). */
    public List<String> defaults() {
        Scenario scenario = namespaces.scenario();
        return scenario == null ? List.of() : ScenarioRoles.watchedNamespaces(scenario).stream()
                .filter(n -> namespaces.names().contains(n)).toList();
    }

    /**
     * Makes sure each named namespace is watched, restarting a watcher whose namespace was
     * rebuilt. Throws with a one-line reason when one cannot be watched.
     */
    public void watch(List<String> names) throws IOException {
        List<String> missing = new ArrayList<>();
        synchronized (this) {
            dropStale();
            for (String n : names) {
                if (!watchers.containsKey(n)) {
                    missing.add(n);
                }
            }
        }
        // in parallel: each subscription takes a namespace thread and a dump
        Map<String, java.util.concurrent.CompletableFuture<NamespaceWatcher>> started = new LinkedHashMap<>();
        for (String n : missing) {
            started.put(n, java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return NamespaceWatcher.start(n, namespaces.netnsName(n), this::changed);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        IOException failed = null;
        for (var e : started.entrySet()) {
            try {
                NamespaceWatcher w = e.getValue().join();
                synchronized (this) {
                    NamespaceWatcher had = watchers.putIfAbsent(e.getKey(), w);
                    if (had != null) {
                        w.close(); // another command started it meanwhile
                    }
                }
            } catch (java.util.concurrent.CompletionException ex) {
                Throwable c = ex.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : ex.getCause();
                if (failed == null) {
                    failed = c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Stops watchers whose namespace is gone (lab down), so mpsh never keeps a dead namespace alive. */
    public synchronized void dropStale() {
        watchers.values().removeIf(w -> {
            if (w.current()) {
                return false;
            }
            w.close();
            return true;
        });
    }

    /**
     * The named namespaces now, in that order, joined with every watched namespace, with the
     * built-in client's counters read afresh.
     */
    public FlowsSnapshot snapshot(List<String> names) {
        for (ClientSockets.Open o : clients.list()) {
            read(o);
        }
        Instant now = Instant.now();
        List<NamespaceFlows> all = new ArrayList<>();
        synchronized (this) {
            for (NamespaceWatcher w : watchers.values()) {
                all.add(withTraffic(w.snapshot(now)));
            }
        }
        // joined over every watched namespace, so "subflows client" still names the backends
        List<NamespaceFlows> joined = BackendJoin.join(all);
        List<NamespaceFlows> out = new ArrayList<>();
        for (String n : names) {
            joined.stream().filter(f -> f.namespace().equals(n)).findFirst().ifPresent(out::add);
        }
        return new FlowsSnapshot(now, out);
    }

    /** Re-reads interface states in the named namespaces (for the "link down" marks). */
    public synchronized void refreshInterfaces(List<String> names) {
        names.stream().map(watchers::get).filter(w -> w != null).forEach(NamespaceWatcher::refreshInterfaces);
    }

    /**
     * Runs listener (on a collector thread, at most every {@value #NOTIFY_MILLIS} ms) after the
     * model changed. It must be quick: a TUI posts a redraw. Closing the handle removes it. The
     * built-in client's counters change without events: views showing them also redraw on a timer.
     */
    public AutoCloseable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        synchronized (notifyLock) {
            dirty = true;
            if (notifier == null) {
                notifier = new Thread(this::notifyLoop, "flows-notify");
                notifier.setDaemon(true);
                notifier.start();
            }
            notifyLock.notifyAll();
        }
    }

    private void notifyLoop() {
        while (true) {
            synchronized (notifyLock) {
                while (!dirty) {
                    try {
                        notifyLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                Thread.sleep(NOTIFY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (notifyLock) {
                dirty = false;
            }
            for (Runnable r : listeners) {
                try {
                    r.run();
                } catch (RuntimeException ignored) {
                    // one broken view must not starve the others
                }
            }
        }
    }

    private void read(ClientSockets.Open o) {
        FullInfo fi;
        try {
            fi = o.socket().fullInfo();
        } catch (IOException | RuntimeException e) {
            return; // closed or fell back to TCP: keep the last reading
        }
        Instant now = Instant.now();
        Map<String, Traffic> bySubflow = new ConcurrentHashMap<>();
        for (Subflow s : fi.subflows()) {
            bySubflow.put(key(s.local(), s.remote()), new Traffic(s.bytesSent(), s.bytesReceived(), s.rttMicros(), now));
        }
        traffic.computeIfAbsent(o.namespace(), k -> new ConcurrentHashMap<>()).put(fi.info().token(), bySubflow);
    }

    private NamespaceFlows withTraffic(NamespaceFlows ns) {
        Map<Long, Map<String, Traffic>> byToken = traffic.get(ns.namespace());
        if (byToken == null) {
            return ns;
        }
        // forget readings long after their connection would have left the table
        Instant old = Instant.now().minus(FlowModel.DEFAULT_RETENTION).minusSeconds(30);
        byToken.values().removeIf(m -> m.values().stream().allMatch(t -> t.at().isBefore(old)));
        return ns.withConnections(c -> {
            Map<String, Traffic> t = byToken.get(c.token());
            return t == null ? c : c.withSubflows(s -> {
                Traffic x = t.get(s.local() + " " + s.remote());
                return x == null ? s : s.withTraffic(x);
            });
        });
    }

    private static String key(InetSocketAddress local, InetSocketAddress remote) {
        return endpoint(local) + " " + endpoint(remote);
    }

    private static Endpoint endpoint(InetSocketAddress a) {
        return a == null ? new Endpoint(null, 0) : new Endpoint(a.getAddress(), a.getPort());
    }

    @Override
    public synchronized void close() {
        watchers.values().forEach(NamespaceWatcher::close);
        watchers.clear();
    }
}
