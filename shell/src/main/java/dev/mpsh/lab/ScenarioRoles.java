package dev.mpsh.lab;

import dev.mpsh.api.Check;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts the scenario's data gives its namespaces, so commands need no namespace names of
 * their own: the client side is where {@code check} connects from, the backends are the servers
 * {@code check} grades.
 */
public final class ScenarioRoles {
    private ScenarioRoles() {
    }

    /** Where the client side runs: the check's namespace, else the scenario's first namespace. */
    public static String clientNamespace(Scenario scenario) {
        Check check = scenario.check();
        return check != null ? check.namespace() : scenario.namespaces().get(0);
    }

    /**
     * Where bulk traffic and drills go when told no address: the scenario's {@code traffic}
     * line, else the address {@code check} grades; null when it has neither.
     */
    public static java.net.InetSocketAddress trafficTarget(Scenario scenario) {
        String t = scenario.wans().target();
        if (t != null) {
            int colon = t.lastIndexOf(':');
            return new java.net.InetSocketAddress(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
        }
        Check check = scenario.check();
        return check == null ? null : new java.net.InetSocketAddress(check.address(), check.port());
    }

    /** The client interfaces of the scenario's WANs, in its order; none without a scenario. */
    public static List<String> wanDevices(Scenario scenario) {
        return scenario == null ? List.of() : scenario.wans().links().stream().map(dev.mpsh.api.Wan::device).toList();
    }

    /** The client side and then each backend's namespace: what the subflow tables watch. */
    public static List<String> watchedNamespaces(Scenario scenario) {
        List<String> out = new ArrayList<>(List.of(clientNamespace(scenario)));
        Check check = scenario.check();
        List<String> servers = check != null
                ? check.backends().stream().map(Check.Backend::server).toList()
                : scenario.servers().stream().map(Server::name).toList();
        for (String name : servers) {
            scenario.server(name).map(Server::namespace).filter(ns -> !out.contains(ns)).ifPresent(out::add);
        }
        return out;
    }
}
