package dev.mpsh.walkthrough;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.SockDiag;
import dev.mpsh.sockdiag.TcpSock;
import java.io.IOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * {@link HandoverWatch} on a live lab: every {@link #EVERY_MILLIS} it reads the failing device's
 * state (IFF_UP) and the client's subflows (sock_diag, as ss shows them) in the client's
 * namespace (one sock_diag socket, opened once), and adds up what the subflows from the other WAN's address moved between two
 * readings that both found the failing WAN down. What the command itself prints plays no part.
 */
final class KernelHandoverWatch implements HandoverWatch {
    static final long EVERY_MILLIS = 50;

    private final NetNs ns;
    private final SockDiag diag;
    private final String failedDevice;
    private final InetAddress takesOver;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean failedSeen;
    private long bytes;
    private final Map<String, Long> bytesBySubflow = new HashMap<>();
    private Map<String, Long> last;

    private KernelHandoverWatch(NetNs ns, SockDiag diag, String failedDevice, InetAddress takesOver) {
        this.ns = ns;
        this.diag = diag;
        this.failedDevice = failedDevice;
        this.takesOver = takesOver;
        this.thread = new Thread(this::run, "handover-watch");
        thread.setDaemon(true);
    }

    /** Starts watching in the namespace named netns. */
    static KernelHandoverWatch start(String netns, String failedDevice, String takesOverAddress) throws IOException {
        NetNs ns = NetNs.open(netns);
        try {
            KernelHandoverWatch w = new KernelHandoverWatch(ns, SockDiag.open(ns), failedDevice, InetAddress.getByName(takesOverAddress));
            w.thread.start();
            return w;
        } catch (IOException | RuntimeException e) {
            ns.close();
            throw e;
        }
    }

    private void run() {
        while (!stopped) {
            try {
                sample();
            } catch (IOException | RuntimeException e) {
                last = null; // a reading that failed breaks the chain: nothing is counted across it
            }
            LockSupport.parkNanos(EVERY_MILLIS * 1_000_000);
        }
    }

    private void sample() throws IOException {
        boolean down = Interfaces.list(ns).stream().filter(i -> i.name().equals(failedDevice)).noneMatch(Interfaces.Iface::up);
        Map<String, Long> now = new HashMap<>();
        for (KernelConnection c : diag.snapshot().connections()) {
            for (TcpSock sf : c.subflows()) {
                if (sf.tcp() != null && sf.id().local().getAddress().equals(takesOver)) {
                    now.put(SockAddr.ntop(sf.id().local().getAddress()) + ":" + sf.id().local().getPort() + " -> "
                            + SockAddr.ntop(sf.id().remote().getAddress()) + ":" + sf.id().remote().getPort(),
                            sf.tcp().bytesAcked() + sf.tcp().bytesReceived());
                }
            }
        }
        synchronized (this) {
            if (down) {
                failedSeen = true;
                if (last != null) {
                    for (Map.Entry<String, Long> e : now.entrySet()) {
                        Long before = last.get(e.getKey());
                        long grew = before == null ? 0 : e.getValue() - before;
                        if (grew > 0) {
                            bytes += grew;
                            bytesBySubflow.merge(e.getKey(), grew, Long::sum);
                        }
                    }
                }
                last = now;
            } else {
                last = null;
            }
        }
    }

    @Override
    public Seen stop() {
        stopped = true;
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        diag.close();
        ns.close();
        synchronized (this) {
            String most = bytesBySubflow.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return new Seen(failedSeen, bytes, most);
        }
    }
}
