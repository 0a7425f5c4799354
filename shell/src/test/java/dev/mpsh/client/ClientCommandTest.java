package dev.mpsh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the commands say before they touch the kernel: no root needed. */
class ClientCommandTest {

    @Test
    void withoutALabTheClientSaysToStartIt() {
        CommandHarness h = new CommandHarness();
        assertEquals(1, h.run("client -addr 10.0.83.1:80"));
        assertEquals("client: lab is down; run 'lab up' first\n", h.err());
    }

    @Test
    void badAddressesAndPortsAreUsageErrors() {
        CommandHarness h = new CommandHarness();
        assertEquals(2, h.run("client -addr 10.0.83.1"));
        assertEquals(2, h.run("client -addr 10.0.83.1:99999"));
        assertEquals(2, h.run("client -addr 10.0.83.1:80 -timeout soon"));
        assertEquals(2, h.run("client -addr 10.0.83.1:80 -bogus 1"));
        assertEquals(String.join("\n",
                "client: malformed address '10.0.83.1': expects HOST:PORT, e.g. 192.0.2.1:80",
                "client: port must be 1-65535, got 99999",
                "client: bad duration 'soon': use e.g. 3s, 500ms or 2 (seconds)",
                "client: unknown option '-bogus'; see 'client --help'", ""), h.err());
    }

    @Test
    void withoutAddrItConnectsToTheAddressTheScenarioGrades() {
        CommandHarness h = new CommandHarness().lab(new java.util.LinkedHashMap<>(Map.of("client", "t-no-such-client")));
        assertEquals(1, h.run("client -msg hi"));
        assertEquals("client: lab is down; run 'lab up' first\n", h.err(), "it got past the missing -addr, to the lab");
    }

    @Test
    void anUnknownNamespaceListsTheLabsNames() {
        CommandHarness h = new CommandHarness().lab(new java.util.LinkedHashMap<>(Map.of("client", "x-client")));
        assertEquals(2, h.run("client -addr 10.0.83.1:80 -ns app-9"));
        assertEquals("client: unknown namespace 'app-9'; the lab has client\n", h.err());
    }

    @Test
    void aLabWhoseNamespaceIsGoneIsDown() {
        CommandHarness h = new CommandHarness().lab(Map.of("client", "lx-gone-client"));
        assertEquals(1, h.run("client -addr 10.0.83.1:80"));
        assertEquals("client: lab is down; run 'lab up' first\n", h.err());
    }

    @Test
    void monitorChecksItsNamespace() {
        CommandHarness h = new CommandHarness();
        assertEquals(1, h.run("monitor"));
        CommandHarness lab = new CommandHarness().lab(new java.util.LinkedHashMap<>(Map.of("client", "x-client")));
        assertEquals(2, lab.run("monitor LB"));
        assertEquals(2, lab.run("monitor a b"));
        assertEquals("monitor: lab is down; run 'lab up' first\n", h.err());
        assertEquals("monitor: unknown namespace 'LB'; the lab has client\n"
                + "monitor: takes one namespace: monitor NAMESPACE, monitor --netns NAME or monitor --host\n", lab.err());
    }
}
