package dev.mpsh.flows;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.SockAddr;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/**
 * A namespace's interfaces for naming subflows: by the event's ifindex, else by the local
 * address (not loopback: a backend's VIP lives on lo but its traffic does not). Read over
 * rtnetlink, again on a miss at most once a second, and on {@link #refresh()}.
 */
final class IfaceCache implements IfaceNames {
    private static final long MISS_REFRESH_NANOS = 1_000_000_000L;

    private final NetNs ns;
    private volatile List<Interfaces.Iface> ifaces = List.of();
    private volatile long readAt = Long.MIN_VALUE / 2;

    IfaceCache(NetNs ns) {
        this.ns = ns;
    }

    void refresh() {
        try {
            ifaces = Interfaces.list(ns);
        } catch (IOException | RuntimeException e) {
            // names are a nicety: the subflow is shown without one
        }
        readAt = System.nanoTime();
    }

    @Override
    public String name(Integer ifindex, InetAddress local) {
        String n = find(ifindex, local);
        if (n == null && System.nanoTime() - readAt > MISS_REFRESH_NANOS) {
            refresh();
            n = find(ifindex, local);
        }
        return n;
    }

    /** Whether the named interface is known and down now. */
    boolean down(String name) {
        return ifaces.stream().anyMatch(i -> i.name().equals(name) && !i.up());
    }

    private String find(Integer ifindex, InetAddress local) {
        if (ifindex != null && ifindex > 0) {
            for (Interfaces.Iface i : ifaces) {
                if (i.index() == ifindex) {
                    return i.name();
                }
            }
            return null;
        }
        if (local == null) {
            return null;
        }
        String prefix = SockAddr.ntop(local) + "/";
        for (Interfaces.Iface i : ifaces) {
            if (!i.name().equals("lo") && i.addresses().stream().anyMatch(a -> a.startsWith(prefix))) {
                return i.name();
            }
        }
        return null;
    }
}
