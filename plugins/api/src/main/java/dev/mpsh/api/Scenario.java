package dev.mpsh.api;

import java.util.List;
import java.util.Optional;

/**
 * A whole scenario as data: the namespaces, the commands that build the broken initial state,
 * the servers, and the fix catalog.
 *
 * @param namespaces scenario namespace names in creation order
 * @param setup      commands that build the broken state, in order, after the namespaces exist
 * @param check      how {@code check} grades the end state; null when the scenario has none
 * @param lesson     the guided walkthrough; null when the scenario has none
 * @param wans       the client's WANs and the default traffic target; {@link Wans#NONE} when none are declared
 */
public record Scenario(
        String id,
        Localized title,
        List<String> namespaces,
        List<NsCommand> setup,
        List<Server> servers,
        List<Fix> fixes,
        Check check,
        Lesson lesson,
        Wans wans) {

    public Scenario {
        wans = wans == null ? Wans.NONE : wans;
        namespaces = List.copyOf(namespaces);
        setup = List.copyOf(setup);
        servers = List.copyOf(servers);
        fixes = List.copyOf(fixes);
    }

    /** A scenario without a check and a lesson. */
    public Scenario(String id, Localized title, List<String> namespaces, List<NsCommand> setup, List<Server> servers,
                    List<Fix> fixes) {
        this(id, title, namespaces, setup, servers, fixes, null, null);
    }

    /** A scenario without WANs. */
    public Scenario(String id, Localized title, List<String> namespaces, List<NsCommand> setup, List<Server> servers,
                    List<Fix> fixes, Check check, Lesson lesson) {
        this(id, title, namespaces, setup, servers, fixes, check, lesson, Wans.NONE);
    }

    public Optional<Fix> fix(String id) {
        return fixes.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Server> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
