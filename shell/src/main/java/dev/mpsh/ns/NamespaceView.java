package dev.mpsh.ns;

import dev.mpsh.command.Namespaces;
import dev.mpsh.command.Session;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.Interfaces.Iface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The session's namespaces as the shell's commands and completion need them. When no lab engine
 * has set {@link Session#namespaces()}, the names are the real ones under /run/netns.
 */
public final class NamespaceView {
    static final Path RUN_NETNS = Path.of("/run/netns");

    private final Session session;
    private final Path runNetns;

    public NamespaceView(Session session) {
        this(session, RUN_NETNS);
    }

    NamespaceView(Session session, Path runNetns) {
        this.session = session;
        this.runNetns = runNetns;
    }

    /** The lab's scenario, or null when it is unknown (no lab view, or it cannot be read). */
    public dev.mpsh.api.Scenario scenario() {
        return session.scenario();
    }

    /** Scenario names in scenario order, or the /run/netns names sorted. */
    public List<String> names() {
        Namespaces ns = session.namespaces();
        if (ns != null) {
            return ns.names();
        }
        try (Stream<Path> entries = Files.list(runNetns)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public boolean isNamespace(String word) {
        return names().contains(word);
    }

    /** The /run/netns name of a namespace. */
    public String netns(String name) {
        Namespaces ns = session.namespaces();
        return ns == null ? name : ns.netnsName(name);
    }

    /** Whether the namespace is there now (its /run/netns entry exists). */
    public boolean exists(String name) {
        return Files.exists(runNetns.resolve(netns(name)));
    }

    /** True or false when a lab engine knows, null when nobody does. */
    public Boolean labUp() {
        Namespaces ns = session.namespaces();
        return ns == null ? null : ns.labUp();
    }

    /** Interface names where a command runs: {@code name} null is the host's namespace. */
    public List<String> interfaceNames(String name) {
        if (name == null) {
            try (Stream<Path> entries = Files.list(Path.of("/sys/class/net"))) {
                return entries.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }
        Namespaces ns = session.namespaces();
        if (ns != null && ns.names().contains(name)) {
            return ns.interfaces(name);
        }
        if (ns != null) {
            // a /run/netns name that is none of the lab's (e.g. after 'ip -n NAME')
            try {
                return Interfaces.list(name).stream().map(Iface::name).toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        return interfaces(name).stream().map(Iface::name).toList();
    }

    /** The /run/netns names iproute2 takes ({@code ip -n NAME}, {@code ip netns exec NAME}): the lab's, else all. */
    public List<String> netnsNames() {
        return names().stream().map(this::netns).toList();
    }

    /** The lab's name for a /run/netns name, or the name itself when it is none of the lab's. */
    public String fromNetns(String netnsName) {
        return names().stream().filter(n -> netns(n).equals(netnsName)).findFirst().orElse(netnsName);
    }

    /** Interfaces with addresses in a lab namespace; empty when it is not there. */
    public List<Iface> interfaces(String name) {
        if (!exists(name)) {
            return List.of();
        }
        String netns = netns(name);
        try {
            return Interfaces.list(netns);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Lab addresses worth completing: the lab engine's, else those of every namespace. */
    public List<String> addresses() {
        Namespaces ns = session.namespaces();
        if (ns != null) {
            return ns.addresses();
        }
        List<String> out = new ArrayList<>();
        for (String name : names()) {
            for (Iface i : interfaces(name)) {
                for (String a : i.addresses()) {
                    String bare = a.contains("/") ? a.substring(0, a.indexOf('/')) : a;
                    if (!bare.startsWith("127.") && !bare.contains(":") && !out.contains(bare)) {
                        out.add(bare);
                    }
                }
            }
        }
        return out;
    }
}
