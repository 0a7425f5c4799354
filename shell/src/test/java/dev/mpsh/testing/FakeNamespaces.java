package dev.mpsh.testing;

import dev.mpsh.command.Namespaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scenario's namespaces and interfaces, without a lab: for completion and command tests. */
public final class FakeNamespaces implements Namespaces {
    private final String prefix;
    private final Map<String, List<String>> interfaces = new LinkedHashMap<>();
    private volatile boolean up = true;

    public FakeNamespaces(String prefix) {
        this.prefix = prefix;
        interfaces.put("client", List.of("lo", "eth1", "eth2"));
        interfaces.put("Router", List.of("lo", "veth-rt-wifi", "veth-rt-cell", "veth-rt-lb"));
        interfaces.put("LB", List.of("lo", "veth-lb-rt", "veth-lb-br"));
        interfaces.put("switch", List.of("lo", "br0"));
        interfaces.put("app-1", List.of("lo", "veth-app1"));
        interfaces.put("app-2", List.of("lo", "veth-app2"));
    }

    public FakeNamespaces up(boolean up) {
        this.up = up;
        return this;
    }

    /** The built-in scenario, whose namespaces these are. */
    @Override
    public dev.mpsh.api.Scenario scenario() {
        return new dev.mpsh.lab.ScenarioSource().orNull();
    }

    @Override
    public List<String> names() {
        return List.copyOf(interfaces.keySet());
    }

    @Override
    public String netnsName(String name) {
        return prefix + name;
    }

    @Override
    public boolean labUp() {
        return up;
    }

    @Override
    public List<String> interfaces(String name) {
        return interfaces.getOrDefault(name, List.of());
    }

    @Override
    public List<String> addresses() {
        return List.of("10.0.81.10", "10.0.82.10", "10.0.83.1", "10.0.84.11", "10.0.84.12");
    }
}
