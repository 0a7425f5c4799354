package dev.mpsh.linux;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A network namespace a command reads and the name it shows: a lab namespace by its scenario
 * name, any named namespace ({@code --netns NAME}) by that name, or the host's own ("host").
 */
public record NetNsRef(String name, Path path) {
    public static final String HOST = "host";

    /** A named namespace, /run/netns/NETNS, shown as name. */
    public static NetNsRef named(String name, String netns) throws IOException {
        return new NetNsRef(name, NetNs.path(netns));
    }

    /** The host's own (root) namespace (see {@link NetNs#hostPath()}). */
    public static NetNsRef host() {
        return new NetNsRef(HOST, NetNs.hostPath());
    }

    /** Enters it on a thread of its own. */
    public NetNs open() throws IOException {
        return NetNs.open(path, name);
    }
}
