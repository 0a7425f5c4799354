package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardKeysTest {

    private static String rowOf(VirtualDashboard d, String id) {
        return d.lines().stream().filter(l -> l.contains(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not on screen:\n" + d.text()));
    }

    @Test
    void tabAndShiftTabWalkThePanesInOrder() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            assertEquals("LogPane", d.dashboard.focusedPane());
            List<String> order = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                d.key(KeyType.Tab);
                order.add(d.dashboard.focusedPane());
            }
            assertEquals(List.of("NamespacePane", "FixPane", "FlowPane", "EchoPane", "LogPane"), order);
            d.key(KeyType.ReverseTab);
            assertEquals("EchoPane", d.dashboard.focusedPane());
        }
    }

    @Test
    void spaceTogglesTheSelectedFixAndItsRowAndTheLogShowIt() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(100, 30)) {
            assertTrue(rowOf(d, "client-endpoints").contains("not applied"), d.text());
            d.dashboard.focus(FixPane.class);
            d.type(" ");
            assertEquals(List.of("client-endpoints"), d.fixes.toggled);
            String row = rowOf(d, "client-endpoints");
            assertTrue(row.contains("applied") && !row.contains("not applied"), row);
            assertTrue(d.text().contains("[client] command for client-endpoints"), d.text());

            d.key(KeyType.ArrowDown);
            d.key(KeyType.Enter);
            assertEquals(List.of("client-endpoints", "lb-accept-local"), d.fixes.toggled);
            assertFalse(rowOf(d, "lb-accept-local").contains("not applied"), d.text());
        }
    }

    @Test
    void injectedModelChangesShowInTheSubflowTable() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(100, 30)) {
            assertFalse(d.text().contains("10.0.82.10:54077"), d.text());
            d.flows.rows.add(new FlowRow("client", "a1b2c3d4", "initial", "10.0.81.10:40016", "10.0.83.1:80", "eth1", "established"));
            d.flows.rows.add(new FlowRow("client", "a1b2c3d4", "join", "10.0.82.10:54077", "10.0.83.1:8082", "eth2", "established"));
            d.flows.listener.run();
            d.settle();
            assertTrue(d.text().contains("10.0.82.10:54077"), d.text());
            assertTrue(d.text().contains("1 connection(s), 2 row(s)"), d.text());
            d.flows.rows.set(1, new FlowRow("client", "a1b2c3d4", "join", "10.0.82.10:54077", "10.0.83.1:8082", "eth2", "closed"));
            d.flows.listener.run();
            d.settle();
            assertTrue(rowOf(d, "54077").contains("closed"), d.text());
        }
    }

    @Test
    void enterOnANamespaceMakesItTheSessionsCurrentOne() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.session.namespaces(new FakeNamespaces());
            d.dashboard.focus(NamespacePane.class);
            d.key(KeyType.ArrowDown);
            d.key(KeyType.Enter);
            assertEquals("client", d.session.namespace());
            assertTrue(d.text().contains("namespace: client"), d.text());
            d.key(KeyType.ArrowUp);
            d.key(KeyType.Enter);
            assertNull(d.session.namespace());
        }
    }

    @Test
    void cOnANamespaceRunsCountersForItInTheLog() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(120, 30)) {
            d.session.namespaces(new FakeNamespaces());
            d.dashboard.focus(NamespacePane.class);
            d.key(KeyType.ArrowDown);
            d.type("c");
            List<String> log = d.dashboard.logView().last(TailView.KEEP);
            assertTrue(log.contains("mpsh> counters client"), String.join("\n", log));
            assertTrue(log.stream().anyMatch(l -> l.startsWith("counters: ")), "its one-line answer: " + log);
            assertNull(d.session.namespace(), "c does not change the current namespace");
        }
    }

    @Test
    void theCommandLineRunsMpshCommandsThroughTheDispatcher() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(120, 30)) {
            d.type("no-such-command-here");
            d.key(KeyType.Enter);
            assertTrue(d.text().contains("mpsh> no-such-command-here"), d.text());
            d.type("help ns");
            d.key(KeyType.Enter);
            assertTrue(d.dashboard.logView().last(TailView.KEEP).stream().anyMatch(l -> l.startsWith("usage: ns")),
                    String.join("\n", d.dashboard.logView().last(50)));
        }
    }

    @Test
    void echoRepliesAndConnectionErrorsAreOneLineEach() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.dashboard.focus(EchoPane.class);
            d.type("hello");
            d.key(KeyType.Enter);
            d.type("fail");
            d.key(KeyType.Enter);
            assertEquals(List.of("hello"), d.echoed);
            assertEquals(List.of("> hello", "< hello", "> fail", "echo: cannot connect to 10.0.83.1:80: timed out"),
                    d.dashboard.echoView().last(4));
        }
    }

    @Test
    void qIsTextInAFieldButQuitsElsewhereAndEscQuitsAnywhere() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.type("q");
            assertNotNull(d.dashboard.getTextGUI(), "q typed into the command line must not quit");
            assertTrue(d.lines().get(22).contains("mpsh> q"), d.lines().get(22));
            d.dashboard.focus(FixPane.class);
            d.type("q");
            assertNull(d.dashboard.getTextGUI(), "q on the fixes pane quits");
        }
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.key(KeyType.Escape);
            assertNull(d.dashboard.getTextGUI());
        }
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.key(new KeyStroke('c', true, false));
            assertNotNull(d.dashboard.getTextGUI(), "Ctrl-C does not leave");
            d.key(KeyType.F10);
            assertNull(d.dashboard.getTextGUI());
        }
    }

    @Test
    void f1ShowsTheKeysAndAnyKeyClosesThem() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(100, 30)) {
            d.key(KeyType.F1);
            assertTrue(d.text().contains("Space or Enter toggles the selected fix"), d.text());
            d.type("x");
            assertFalse(d.text().contains("Space or Enter toggles the selected fix"), d.text());
            assertNotNull(d.dashboard.getTextGUI());
        }
    }

    /** client, app-1 and the host, for the namespace pane. */
    static final class FakeNamespaces implements dev.mpsh.command.Namespaces {
        @Override
        public List<String> names() {
            return List.of("client", "app-1");
        }

        @Override
        public String netnsName(String name) {
            return "t-" + name;
        }

        @Override
        public boolean labUp() {
            return true;
        }

        @Override
        public List<String> interfaces(String name) {
            return List.of();
        }

        @Override
        public List<String> addresses() {
            return List.of();
        }
    }

    @Test
    void clientTypedInTheCommandLineOpensTheEchoConsoleOnThatAddress() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(100, 30)) {
            d.type("client -addr 192.0.2.7:7");
            d.key(KeyType.Enter);
            assertTrue(d.text().contains("the echo console talks to 192.0.2.7:7 from client now"), d.text());
            assertFalse(d.text().contains("entering interactive mode"), d.text());
            assertEquals("EchoPane", d.dashboard.focusedPane());
            d.type("hello");
            d.key(KeyType.Enter);
            assertEquals(List.of("hello@192.0.2.7:7 from client"), d.echoed);
            assertFalse(d.text().contains("unknown command"), d.text());
            assertTrue(d.dashboard.echoView().last(50).contains("< hello"), d.dashboard.echoView().last(50).toString());
        }
    }
}
