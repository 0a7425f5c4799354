package dev.mpsh.flows;

import dev.mpsh.api.Scenario;
import dev.mpsh.client.ClientSockets;
import dev.mpsh.command.Namespaces;
import dev.mpsh.command.Session;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.linux.NetNsRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import dev.mpsh.api.Scenario;
import dev.mpsh.lab.ScenarioRoles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session's live subflow tables: one {@link NamespaceWatcher} per watched namespace (lab
 * namespaces, named ones, the host), started on first use and kept for the session, so a
 * snapshot is instant and shows what happened since. Front ends take {@link #snapshot(List)}s and
 * may ask to be told of changes.
 */
public final class FlowCollector implements AutoCloseable {
    /** How long a change waits for more before listeners hear of it (a burst is one redraw). */
    static final long NOTIFY_MILLIS = 100;

    private final Namespaces namespaces;
    private final Map<NetNsRef, NamespaceWatcher> watchers = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Object notifyLock = new Object();
    private boolean dirty;
    private Thread notifier;

    public FlowCollector(Namespaces namespaces, ClientSockets clients) {
        this.namespaces = namespaces;
        // the built-in client's last counters stay with its closed connection
        clients.onClosing(o -> refreshNow(o.namespace()));
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
        Scenario scenario = namespaces == null ? null : namespaces.scenario();
        return scenario == null ? List.of() : ScenarioRoles.watchedNamespaces(scenario).stream()
                .filter(n -> namespaces.names().contains(n)).toList();
    }

    /** The lab namespaces called names (scenario names), as targets. */
    public List<NetNsRef> lab(List<String> names) throws IOException {
        List<NetNsRef> out = new ArrayList<>();
        for (String n : names) {
            out.add(NetNsRef.named(n, namespaces.netnsName(n)));
        }
        return out;
    }

    /**
     * Makes sure each named lab namespace is watched, restarting a watcher whose namespace was
     * rebuilt. Throws with a one-line reason when one cannot be watched.
     */
    public void watch(List<String> names) throws IOException {
        Map<String, String> failed = watchTargets(lab(names));
        if (!failed.isEmpty()) {
            throw new IOException(failed.values().iterator().next());
        }
    }

    /**
     * Makes sure each target is watched. Returns the targets that cannot be watched, by name,
     * each with a one-line reason; the others are watched.
     */
    public Map<String, String> watchTargets(List<NetNsRef> targets) {
        List<NetNsRef> missing = new ArrayList<>();
        synchronized (this) {
            dropStale();
            for (NetNsRef t : targets) {
                if (!watchers.containsKey(t) && !missing.contains(t)) {
                    missing.add(t);
                }
            }
        }
        // in parallel: each subscription takes a namespace thread and a dump
        Map<NetNsRef, CompletableFuture<NamespaceWatcher>> started = new LinkedHashMap<>();
        for (NetNsRef t : missing) {
            started.put(t, CompletableFuture.supplyAsync(() -> {
                try {
                    return NamespaceWatcher.start(t, this::changed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        Map<String, String> failed = new LinkedHashMap<>();
        for (var e : started.entrySet()) {
            try {
                NamespaceWatcher w = e.getValue().join();
                synchronized (this) {
                    NamespaceWatcher had = watchers.putIfAbsent(e.getKey(), w);
                    if (had != null) {
                        w.close(); // another command started it meanwhile
                    }
                }
            } catch (CompletionException ex) {
                Throwable c = ex.getCause() instanceof UncheckedIOException u ? u.getCause() : ex.getCause();
                failed.put(e.getKey().name(), c == null ? ex.toString() : c.getMessage());
            }
        }
        return failed;
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

    /** The named lab namespaces now (see {@link #snapshotOf(List)}). */
    public FlowsSnapshot snapshot(List<String> names) {
        try {
            return snapshotOf(lab(names));
        } catch (IOException e) {
            return new FlowsSnapshot(Instant.now(), List.of());
        }
    }

    /**
     * The targets now, in that order (those watched), joined with every watched namespace,
     * with counters from a reading of each one's socket list at most a moment old.
     */
    public FlowsSnapshot snapshotOf(List<NetNsRef> targets) {
        Instant now = Instant.now();
        List<NamespaceWatcher> all;
        synchronized (this) {
            all = List.copyOf(watchers.values());
        }
        List<NamespaceFlows> flows = new ArrayList<>(all.size());
        for (NamespaceWatcher w : all) {
            flows.add(w.snapshot(now));
        }
        // joined over every watched namespace, so "subflows client" still names the backends
        List<NamespaceFlows> joined = BackendJoin.join(flows);
        List<NamespaceFlows> out = new ArrayList<>();
        for (NetNsRef t : targets) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).target().equals(t)) {
                    out.add(joined.get(i));
                }
            }
        }
        return new FlowsSnapshot(now, out);
    }

    /** Re-reads interface states in the named namespaces (for the "link down" marks). */
    public synchronized void refreshInterfaces(List<String> names) {
        watchers.values().stream().filter(w -> names.contains(w.target().name()))
                .forEach(NamespaceWatcher::refreshInterfaces);
    }

    /** Reads the socket list of the watched namespaces called name now. */
    private void refreshNow(String name) {
        List<NamespaceWatcher> ws;
        synchronized (this) {
            ws = watchers.values().stream().filter(w -> w.target().name().equals(name)).toList();
        }
        ws.forEach(w -> w.refresh(Instant.now(), true));
    }

    /**
     * Runs listener (on a collector thread, at most every {@value #NOTIFY_MILLIS} ms) after the
     * model changed. It must be quick: a TUI posts a redraw. Closing the handle removes it.
     * Counters change without events: views showing them also redraw on a timer.
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

    @Override
    public synchronized void close() {
        watchers.values().forEach(NamespaceWatcher::close);
        watchers.clear();
    }
}
