package dev.mpsh.flows;

import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.mptcp.PmEvents;
import dev.mpsh.netlink.NetlinkOverflowException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

/**
 * Keeps one namespace's {@link FlowModel} live: subscribes to its path-manager events, seeds the
 * model from the kernel's list of open connections, applies every event on its own thread, and
 * after a lost-events overflow repairs the model from that list again.
 */
final class NamespaceWatcher implements AutoCloseable {
    /** Receive buffer asked for (SO_RCVBUFFORCE as root): a burst of thousands of connections fits. */
    static final int RECEIVE_BUFFER = 8 * 1024 * 1024;
    /** How long the socket must stay empty after a loss before the model is repaired. */
    static final int QUIET_MILLIS = 50;

    private final String name;
    private final String netnsName;
    private final Object identity;
    private final NetNs ns;
    private final PmEvents events;
    private final FlowModel model;
    private final IfaceCache ifaces;
    private final Runnable changed;
    private final Thread thread;

    private NamespaceWatcher(String name, String netnsName, Object identity, NetNs ns, PmEvents events,
                             IfaceCache ifaces, Runnable changed) {
        this.name = name;
        this.netnsName = netnsName;
        this.identity = identity;
        this.ns = ns;
        this.events = events;
        this.ifaces = ifaces;
        this.model = new FlowModel(name, ifaces, FlowModel.DEFAULT_RETENTION);
        this.changed = changed;
        this.thread = new Thread(this::loop, "flows-" + name);
        this.thread.setDaemon(true);
    }

    /** Subscribes in /run/netns/NETNSNAME (scenario name NAME) and starts applying events. */
    static NamespaceWatcher start(String name, String netnsName, Runnable changed) throws IOException {
        return start(name, netnsName, changed, RECEIVE_BUFFER);
    }

    /** As above with another receive buffer; a small one (tests) is set without forcing. */
    static NamespaceWatcher start(String name, String netnsName, Runnable changed, int receiveBuffer) throws IOException {
        Object identity = identity(netnsName);
        NetNs ns = NetNs.open(netnsName);
        PmEvents events;
        try {
            events = PmEvents.subscribe(ns);
        } catch (IOException | RuntimeException e) {
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
        NamespaceWatcher w = new NamespaceWatcher(name, netnsName, identity, ns, events, ifaces, changed);
        w.resync(Instant.now()); // connections already open appear at once, marked partial
        w.thread.start();
        return w;
    }

    String name() {
        return name;
    }

    /** Whether /run/netns still holds the namespace this watcher entered (a lab torn down and rebuilt does not). */
    boolean current() {
        try {
            return identity.equals(identity(netnsName));
        } catch (IOException e) {
            return false;
        }
    }

    private static Object identity(String netnsName) throws IOException {
        return Files.readAttributes(NetNs.NETNS_DIR.resolve(netnsName), "unix:ino,dev", java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    NamespaceFlows snapshot(Instant now) {
        NamespaceFlows f = model.snapshot(now);
        return f.withConnections(c -> c.withSubflows(s -> s.iface() != null && !s.closed() && ifaces.down(s.iface())
                ? s.withIfaceDown(true) : s));
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
                    changed.run();
                    continue;
                }
                e = events.next();
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
            changed.run();
        }
    }

    private void resync(Instant now) {
        try {
            model.resync(KernelConnections.list(ns), now);
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
        ns.close();
    }
}
