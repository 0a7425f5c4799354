package dev.mpsh.tui;

import dev.mpsh.command.Namespaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.mptcp.PmEvents;
import dev.mpsh.netlink.NetlinkOverflowException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One path-manager event subscription per lab namespace, each read by its own thread, handing
 * every event (or the loss of some) to a sink. Live views subscribe; they never poll.
 */
final class PmSubscriptions implements AutoCloseable {
    /** Where events go; called from the reading threads. */
    interface Sink {
        void event(String namespace, PmEvent event);

        void lost(String namespace, String problem);
    }

    private final List<PmEvents> subscriptions = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();

    /** Subscribes in every namespace of a lab that is up; a namespace that fails is reported to the sink. */
    static PmSubscriptions start(Namespaces namespaces, Sink sink) {
        PmSubscriptions s = new PmSubscriptions();
        if (namespaces == null || !namespaces.labUp()) {
            return s;
        }
        for (String name : namespaces.names()) {
            try (NetNs ns = NetNs.open(namespaces.netnsName(name))) {
                PmEvents events = PmEvents.subscribe(ns);
                events.receiveBufferSize(4 << 20);
                s.subscriptions.add(events);
                Thread t = new Thread(() -> read(name, events, sink), "tui-events-" + name);
                t.setDaemon(true);
                t.start();
                s.readers.add(t);
            } catch (IOException | RuntimeException e) {
                sink.lost(name, "no events from " + name + ": " + e.getMessage());
            }
        }
        return s;
    }

    private static void read(String name, PmEvents events, Sink sink) {
        try {
            while (true) {
                try {
                    PmEvent e = events.next();
                    if (e == null) {
                        return;
                    }
                    sink.event(name, e);
                } catch (NetlinkOverflowException e) {
                    sink.lost(name, "events lost in " + name + " (receive buffer overflowed)");
                }
            }
        } catch (IOException e) {
            sink.lost(name, "events from " + name + " stopped: " + e.getMessage());
        } finally {
            events.close();
        }
    }

    @Override
    public void close() {
        subscriptions.forEach(PmEvents::stop);
        for (Thread t : readers) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
