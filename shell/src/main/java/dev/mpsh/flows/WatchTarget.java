package dev.mpsh.flows;

import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A network namespace a view watches and the name it shows: a lab namespace by its scenario
 * name, any named namespace ({@code --netns NAME}) by that name, or the host's own ("host").
 * Watching only reads: events, socket lists, interfaces, sysctls.
 */
public record WatchTarget(String name, Path path) {
    public static final String HOST = "host";

    /** A named namespace, /run/netns/NETNS, shown as name. */
    public static WatchTarget named(String name, String netns) throws IOException {
        return new WatchTarget(name, NetNs.path(netns));
    }

    /** The host's own (root) namespace. */
    public static WatchTarget host() {
        return new WatchTarget(HOST, NetNs.hostPath());
    }
}
