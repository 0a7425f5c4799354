package dev.mpsh.mptcp;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.Wakeup;
import dev.mpsh.netlink.Genl;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A subscription to one namespace's path-manager events (group mptcp_pm_events; events are
 * per namespace). {@link #next()} blocks; {@link #stop()} from any thread (Ctrl-C) makes it
 * return null. Needs CAP_NET_ADMIN in that namespace.
 */
public final class PmEvents implements Closeable {
    private final NetlinkSocket sock;
    private final int familyId;
    private final Wakeup wakeup;
    private final Deque<PmEvent> pending = new ArrayDeque<>();

    private PmEvents(NetlinkSocket sock, int familyId, Wakeup wakeup) {
        this.sock = sock;
        this.familyId = familyId;
        this.wakeup = wakeup;
    }

    /** Subscribes in ns (null: the calling thread's namespace). */
    public static PmEvents subscribe(NetNs ns) throws IOException {
        NetlinkSocket s = ns == null ? NetlinkSocket.open(Netlink.NETLINK_GENERIC)
                : ns.call(() -> NetlinkSocket.open(Netlink.NETLINK_GENERIC));
        try {
            Genl.Family f = Genl.resolve(s, PathManager.FAMILY);
            try {
                s.addMembership(f.group(PathManager.EVENTS_GROUP));
            } catch (dev.mpsh.linux.Errno.ErrnoException e) {
                if (e.errno() == dev.mpsh.linux.Errno.EPERM) {
                    throw new IOException("can't subscribe to mptcp events: operation not permitted (run mpsh as root)", e);
                }
                throw new IOException("can't subscribe to mptcp events: " + e.getMessage(), e);
            }
            return new PmEvents(s, f.id(), new Wakeup());
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * The next event; null once {@link #stop()} was called. Throws
     * {@link dev.mpsh.netlink.NetlinkOverflowException} when events were lost; the subscription
     * stays usable after it.
     */
    public PmEvent next() throws IOException {
        while (pending.isEmpty()) {
            var msgs = sock.receive(wakeup);
            if (msgs == null) {
                return null;
            }
            for (NetlinkMessage m : msgs) {
                if (m.type() == familyId) {
                    pending.add(PmEvent.parse(m));
                }
            }
        }
        return pending.poll();
    }

    /**
     * Whether {@link #next()} would return at once: an event is queued or arrives within
     * timeoutMillis, the kernel reports lost events, or {@link #stop()} was called.
     */
    public boolean ready(int timeoutMillis) throws IOException {
        if (!pending.isEmpty()) {
            return true;
        }
        short[] rev = dev.mpsh.linux.Poll.poll(new int[] {sock.fd(), wakeup.fd()},
                new short[] {dev.mpsh.linux.LibC.POLLIN, dev.mpsh.linux.LibC.POLLIN}, timeoutMillis);
        return rev[0] != 0 || rev[1] != 0 || wakeup.woken();
    }

    /** Whether events already received wait in the queue. Call from the thread that calls next(). */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /**
     * Whether the kernel has queued events not yet received (or a loss report). Safe from any
     * thread: it only polls the socket.
     */
    public boolean queued() throws IOException {
        short[] rev = dev.mpsh.linux.Poll.poll(new int[] {sock.fd()}, new short[] {dev.mpsh.linux.LibC.POLLIN}, 0);
        return rev[0] != 0;
    }

    /** The subscription's receive buffer (SO_RCVBUF); events beyond it are lost and reported. */
    public void receiveBufferSize(int bytes) throws IOException {
        sock.receiveBufferSize(bytes);
    }

    /** A receive buffer past net.core.rmem_max when mpsh may (root), else as large as allowed. */
    public void largeReceiveBuffer(int bytes) throws IOException {
        sock.receiveBufferSizeForce(bytes);
    }

    /** Makes a blocked or later {@link #next()} return null. Safe from any thread. */
    public void stop() {
        wakeup.wake();
    }

    /** Call from the thread that calls next(), after it returned. */
    @Override
    public void close() {
        wakeup.wake();
        sock.close();
        wakeup.close();
    }
}
