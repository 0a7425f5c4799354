package dev.mpsh.flows;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NetNsRef;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.mptcp.PmEvents;
import dev.mpsh.netlink.NetlinkOverflowException;
import dev.mpsh.sockdiag.SockDiag;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps one namespace's {@link FlowModel} live: subscribes to its path-manager events, seeds the
 * model from the kernel's socket list (so connections already open appear whole), applies every
 * event on its own thread, reads the socket list again for the counters when a view asks (at
 * most every {@link #REFRESH}), and after a lost-events overflow repairs the model from it.
 * It only reads the namespace.
 */
final class NamespaceWatcher implements AutoCloseable {
    /** Receive buffer asked for (SO_RCVBUFFORCE as root): a burst of thousands of connections fits. */
    static final int RECEIVE_BUFFER = 8 * 1024 * 1024;
    /** How long the socket must stay empty after a loss before the model is repaired. */
    static final int QUIET_MILLIS = 50;
    /** Views asking more often than this share one reading of the socket list. */
    static final Duration REFRESH = Duration.ofMillis(200);
    /** How often net.mptcp.enabled is read again. */
    static final Duration SYSCTL_REFRESH = Duration.ofSeconds(2);
    static final String MPTCP_DISABLED = "net.mptcp.enabled=0 here: new MPTCP sockets are refused;"
            + " what is already open is still listed";

    private final NetNsRef target;
    private final Object identity;
    private final NetNs ns;
    private final PmEvents events;
    private final SockDiag diag;
    private final FlowModel model;
    private final IfaceCache ifaces;
    private final Runnable changed;
    private final Thread thread;
    private final Object refreshLock = new Object();
    private Instant readAt = Instant.EPOCH;
    private Instant sysctlAt = Instant.EPOCH;
    private volatile boolean mptcpDisabled;
    /** Counts the times the loop applied everything it had received; guarded by itself. */
    private final Object drain = new Object();
    private long drained;
    private boolean busy;
    /** The longest a view waits for the loop to catch up: only a stuck watcher reaches it. */
    static final Duration CATCH_UP = Duration.ofSeconds(10);

    private NamespaceWatcher(NetNsRef target, Object identity, NetNs ns, PmEvents events, SockDiag diag,
                             IfaceCache ifaces, Runnable changed) {
        this.target = target;
        this.identity = identity;
        this.ns = ns;
        this.events = events;
        this.diag = diag;
        this.ifaces = ifaces;
        this.model = new FlowModel(target.name(), ifaces, FlowModel.DEFAULT_RETENTION);
        this.changed = changed;
        this.thread = new Thread(this::loop, "flows-" + target.name());
        this.thread.setDaemon(true);
    }

    /** Subscribes in the target namespace and starts applying events. */
    static NamespaceWatcher start(NetNsRef target, Runnable changed) throws IOException {
        return start(target, changed, RECEIVE_BUFFER);
    }

    /** As above with another receive buffer; a small one (tests) is set without forcing. */
    static NamespaceWatcher start(NetNsRef target, Runnable changed, int receiveBuffer) throws IOException {
        NetNs ns = NetNs.open(target.path(), target.name());
        Object identity = identity(target);
        PmEvents events = null;
        SockDiag diag = null;
        try {
            events = PmEvents.subscribe(ns);
            diag = SockDiag.open(ns);
        } catch (IOException | RuntimeException e) {
            if (events != null) {
                events.close();
            }
            ns.close();
            throw e;
        }
        try {
            if (receiveBuffer >= RECEIVE_BUFFER) {
                events.largeReceiveBuffer(receiveBuffer);
            } else {
                events.receiveBufferSize(receiveBuffer);
            }
        } catch (IOException e) {
            // the default buffer still works; an overflow is then detected and repaired
        }
        IfaceCache ifaces = new IfaceCache(ns);
        ifaces.refresh();
        NamespaceWatcher w = new NamespaceWatcher(target, identity, ns, events, diag, ifaces, changed);
        w.resync(Instant.now()); // subscribed first: whatever the list misses, the events bring
        w.thread.start();
        return w;
    }

    NetNsRef target() {
        return target;
    }

    /** Whether the path still holds the namespace this watcher entered (a lab torn down and rebuilt does not). */
    boolean current() {
        try {
            return identity.equals(identity(target));
        } catch (IOException e) {
            return false;
        }
    }

    private static Object identity(NetNsRef t) throws IOException {
        return Files.readAttributes(t.path(), "unix:ino,dev");
    }

    /** The model now, with counters from a socket list at most {@link #REFRESH} old. */
    NamespaceFlows snapshot(Instant now) {
        catchUp();
        refresh(now, false);
        checkSysctl(now);
        NamespaceFlows f = model.snapshot(now);
        f = f.withConnections(c -> c.withSubflows(s -> s.iface() != null && !s.closed() && ifaces.down(s.iface())
                ? s.withIfaceDown(true) : s));
        return mptcpDisabled ? f.withNote(MPTCP_DISABLED) : f;
    }

    /**
     * Reads the socket list now when forced, when events brought subflows since the last reading,
     * or when that is older than {@link #REFRESH}.
     */
    void refresh(Instant now, boolean force) {
        synchronized (refreshLock) {
            if (!force && !model.unread() && now.isBefore(readAt.plus(REFRESH))) {
                return;
            }
            readAt = now;
            try {
                model.refresh(diag.snapshot(), now);
            } catch (IOException | RuntimeException e) {
                // the events still keep the table; the counters wait for the next reading
            }
        }
    }

    private void checkSysctl(Instant now) {
        synchronized (refreshLock) {
            if (now.isBefore(sysctlAt.plus(SYSCTL_REFRESH))) {
                return;
            }
            sysctlAt = now;
        }
        try {
            mptcpDisabled = "0".equals(ns.sysctl("net.mptcp.enabled"));
        } catch (IOException e) {
            mptcpDisabled = false; // no such sysctl: a kernel without MPTCP fails elsewhere, saying so
        }
    }

    /**
     * Waits until the events the kernel had queued when this was called are applied, so a view
     * taken right after a command (a connection closed, a subflow joined) shows what the kernel
     * already said. A batch being applied now may end before the queued ones are received, so
     * then two drains are awaited.
     */
    private void catchUp() {
        if (Thread.currentThread() == thread) {
            return; // a view drawn from the loop itself has everything the loop applied
        }
        boolean queued;
        try {
            queued = events.queued();
        } catch (IOException e) {
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        synchronized (drain) {
            if (!queued && !busy) {
                return;
            }
            long target = drained + (busy && queued ? 2 : 1);
            while (drained < target && thread.isAlive()) {
                long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                try {
                    drain.wait(Math.min(left, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void drained(boolean more) {
        synchronized (drain) {
            busy = more;
            if (!more) {
                drained++;
                drain.notifyAll();
            }
        }
    }

    /** Re-reads interface states (for "link down" marks). */
    void refreshInterfaces() {
        ifaces.refresh();
    }

    private void loop() {
        boolean resyncDue = false;
        while (true) {
            PmEvent e;
            try {
                // After a loss the socket still holds events older than the loss; the kernel's
                // list is read once they are applied (the socket is quiet), or an old CREATED
                // applied after it would reopen a connection that is gone.
                if (resyncDue && !events.ready(QUIET_MILLIS)) {
                    resync(Instant.now());
                    resyncDue = false;
                    drained(false);
                    changed.run();
                    continue;
                }
                e = events.next();
                if (e != null) {
                    synchronized (drain) {
                        busy = true;
                    }
                }
            } catch (NetlinkOverflowException overflow) {
                model.eventsLost(Instant.now());
                resyncDue = true;
                changed.run();
                continue;
            } catch (IOException | RuntimeException ex) {
                model.incomplete("the event subscription failed: " + ex.getMessage() + "; run 'subflows' again to restart it",
                        Instant.now());
                changed.run();
                return;
            }
            if (e == null) {
                return;
            }
            model.apply(e, Instant.now());
            drained(events.hasPending());
            changed.run();
        }
    }

    private void resync(Instant now) {
        try {
            synchronized (refreshLock) {
                model.resync(diag.snapshot(), now);
                readAt = now;
            }
        } catch (IOException | RuntimeException e) {
            model.incomplete("cannot read the kernel's MPTCP connections to repair the table: " + e.getMessage(), now);
        }
    }

    @Override
    public void close() {
        events.stop();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
        diag.close();
        ns.close();
    }
}
