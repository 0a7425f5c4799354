package dev.mpsh.linux;

import java.io.IOException;
import java.util.List;

/**
 * Interfaces and their IPv4/IPv6 addresses in a namespace, read over rtnetlink
 * (RTM_GETLINK / RTM_GETADDR dumps).
 *
 * CONTRACT STUB: the Linux layer implements it.
 */
public final class Interfaces {
    private Interfaces() {
    }

    /** One interface: index, name, whether it is up, addresses as "10.0.84.11/24". */
    public record Iface(int index, String name, boolean up, List<String> addresses) {
    }

    /** Interfaces in /run/netns/NAME, ordered by index. */
    public static List<Iface> list(String netnsName) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
