package dev.mpsh.flows;

import java.net.InetAddress;

/** Names a subflow's local interface from the event's ifindex or, failing that, its local address. */
@FunctionalInterface
public interface IfaceNames {
    /** The interface name, or null if neither tells. */
    String name(Integer ifindex, InetAddress local);

    IfaceNames NONE = (i, a) -> null;
}
