package dev.mpsh.check;

import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.mptcp.PmEvents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every path-manager event of one namespace from subscription on, collected by a reader thread,
 * so connections made afterwards can be graded from what the kernel reported about them.
 */
final class EventLog implements AutoCloseable {
    private final PmEvents events;
    private final Thread reader;
    private final List<PmEvent> seen = new ArrayList<>();
    private volatile IOException failure;

    private EventLog(PmEvents events, String name) {
        this.events = events;
        this.reader = new Thread(this::read, "events-" + name);
        reader.setDaemon(true);
    }

    /** Subscribes in ns before anything is connected. */
    static EventLog subscribe(NetNs ns) throws IOException {
        EventLog log = new EventLog(PmEvents.subscribe(ns), ns.name());
        log.events.receiveBufferSize(1 << 20);
        log.reader.start();
        return log;
    }

    private void read() {
        try {
            PmEvent e;
            while ((e = events.next()) != null) {
                synchronized (seen) {
                    seen.add(e);
                }
            }
        } catch (IOException e) {
            failure = e; // e.g. events lost on overflow: grading from a partial log would mislead
        }
    }

    /** The events so far, in arrival order. */
    List<PmEvent> events() throws IOException {
        if (failure != null) {
            throw new IOException("lost MPTCP events: " + failure.getMessage());
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    @Override
    public void close() {
        events.stop();
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
    }
}
