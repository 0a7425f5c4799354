package dev.mpsh.flows;

import static dev.mpsh.flows.Events.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.mptcp.PmEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowModelTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final FlowModel model = new FlowModel("client", Events.CLIENT_IFACES, Duration.ofSeconds(30));

    private void feed(PmEvent... events) {
        for (PmEvent e : events) {
            model.apply(e, T0);
        }
    }

    private Connection only() {
        List<Connection> cs = model.snapshot(T0).connections();
        assertEquals(1, cs.size(), cs.toString());
        return cs.get(0);
    }

    private static List<String> rows(Connection c) {
        return c.subflows().stream().map(s -> (s.initial() ? "initial " : "join ") + s.iface() + " "
                + s.local() + " -> " + s.remote() + " " + s.state().word()).toList();
    }

    @Test
    void fixedLabConnectionHasItsInitialSubflowAndTwoJoinsToTheAnnouncedPort() {
        feed(Events.fixedLabClient());
        Connection c = only();
        assertEquals("7ba3a256", c.tokenHex());
        assertEquals(ConnectionState.ESTABLISHED, c.state());
        assertTrue(c.denyJoinId0(), "flags=1 is the C flag");
        assertFalse(c.serverSide());
        assertFalse(c.partial());
        assertEquals(List.of(
                "initial eth1 10.0.81.10:49162 -> 10.0.83.1:80 established",
                "join eth1 10.0.81.10:49015 -> 10.0.83.1:8081 established",
                "join eth2 10.0.82.10:49021 -> 10.0.83.1:8081 established"), rows(c));
        assertEquals(List.of(new Announced(1, new Endpoint(Events.ip("10.0.83.1"), 8081), false)), c.announced());
    }

    @Test
    void duplicatesChangeNothing() {
        feed(Events.fixedLabClient());
        Connection once = only();
        feed(Events.fixedLabClient());
        feed(Events.fixedLabClient());
        assertEquals(once, only());
    }

    @Test
    void joinsReportedBeforeTheConnectionStillPutTheInitialSubflowFirst() {
        PmEvent[] e = Events.fixedLabClient();
        feed(e[3], e[4], e[2], e[1], e[0]);
        Connection c = only();
        assertFalse(c.partial(), "CREATED arrived, late but it did");
        assertEquals(ConnectionState.ESTABLISHED, c.state(), "a late CREATED does not undo ESTABLISHED");
        assertEquals(List.of(
                "initial eth1 10.0.81.10:49162 -> 10.0.83.1:80 established",
                "join eth1 10.0.81.10:49015 -> 10.0.83.1:8081 established",
                "join eth2 10.0.82.10:49021 -> 10.0.83.1:8081 established"), rows(c));
    }

    @Test
    void aConnectionFirstSeenMidLifeIsPartial() {
        PmEvent[] e = Events.fixedLabClient();
        feed(e[3]);
        assertTrue(only().partial());
        assertNull(only().initial());
    }

    @Test
    void aClosedSubflowStaysClosedWhenItsEstablishmentIsReportedLate() {
        feed(Events.fixedLabClient()[0], Events.fixedLabClient()[1]);
        PmEvent closed = Events.sub(PmEvent.SUB_CLOSED, TOKEN, 0, "10.0.81.10", 50000, "10.0.83.1", 80, 2, 104);
        PmEvent established = Events.sub(PmEvent.SUB_ESTABLISHED, TOKEN, 0, "10.0.81.10", 50000, "10.0.83.1", 80, 2, null);
        feed(closed, established);
        SubflowInfo s = only().subflows().get(1);
        assertEquals(SubflowState.CLOSED, s.state());
        assertEquals(104, s.error());
        assertEquals(T0, s.closedAt());
    }

    @Test
    void unknownAndMalformedEventsAreCountedAndIgnored() {
        feed(Events.fixedLabClient());
        Connection before = only();
        feed(Events.of(99), Events.of(4));
        feed(new PmEvent(PmEvent.SUB_CLOSED, null, 2, 0, 0, null, null, null, null, null, null, null,
                null, null, null, null, null));
        NamespaceFlows ns = model.snapshot(T0);
        assertEquals(3, ns.unknown());
        assertEquals(8, ns.events());
        assertEquals(before, only());
    }

    @Test
    void closedConnectionStaysVisibleMarkedForTheRetentionThenGoes() {
        feed(Events.fixedLabClient());
        model.apply(Events.closed(TOKEN), T0.plusSeconds(1));
        Connection c = model.snapshot(T0.plusSeconds(30)).connections().get(0);
        assertEquals(ConnectionState.CLOSED, c.state());
        assertTrue(c.subflows().stream().allMatch(SubflowInfo::closed), rows(c).toString());
        assertEquals(T0.plusSeconds(1), c.closedAt());
        assertEquals(List.of(), model.snapshot(T0.plusSeconds(32)).connections());
    }

    @Test
    void aClosedJoinOfALiveConnectionGoesAfterTheRetentionTheConnectionStays() {
        feed(Events.fixedLabClient());
        model.apply(Events.sub(PmEvent.SUB_CLOSED, TOKEN, 0, "10.0.81.10", 49015, "10.0.83.1", 8081, 2, 110), T0);
        assertEquals(3, model.snapshot(T0.plusSeconds(29)).connections().get(0).subflows().size());
        assertEquals(2, model.snapshot(T0.plusSeconds(31)).connections().get(0).subflows().size());
    }

    @Test
    void aReusedTokenStartsANewConnection() {
        feed(Events.fixedLabClient());
        feed(Events.closed(TOKEN));
        feed(Events.conn(PmEvent.CREATED, TOKEN, "10.0.82.10", 40000, "10.0.83.1", 80, 1));
        Connection c = only();
        assertEquals(ConnectionState.CREATED, c.state());
        assertEquals(List.of("initial eth2 10.0.82.10:40000 -> 10.0.83.1:80 connecting"), rows(c));
    }

    @Test
    void removedAddressIsMarked() {
        feed(Events.fixedLabClient());
        feed(new PmEvent(PmEvent.REMOVED, TOKEN, null, null, 1, null, null, null, null, null, null, null,
                null, null, null, null, null));
        assertTrue(only().announced().get(0).removed());
    }

    @Test
    void backupChangeAndResetReasonAreKept() {
        feed(Events.fixedLabClient());
        PmEvent prio = new PmEvent(PmEvent.SUB_PRIORITY, TOKEN, 2, 2, 0, Events.ip("10.0.82.10"), Events.ip("10.0.83.1"),
                49021, 8081, 1, null, null, null, 3, null, null, null);
        PmEvent reset = new PmEvent(PmEvent.SUB_CLOSED, TOKEN, 2, 0, 0, Events.ip("10.0.81.10"), Events.ip("10.0.83.1"),
                49015, 8081, 0, 104, null, null, 2, 5L, 1L, null);
        feed(prio, reset);
        List<SubflowInfo> s = only().subflows();
        assertTrue(s.get(2).backup());
        assertEquals(5L, s.get(1).resetReason());
        assertEquals(SubflowState.CLOSED, s.get(1).state());
    }

    @Test
    void listenersComeAndGo() {
        PmEvent created = new PmEvent(PmEvent.LISTENER_CREATED, null, 2, null, null, Events.ip("10.0.83.1"), null,
                8081, null, null, null, null, null, null, null, null, null);
        PmEvent closed = new PmEvent(PmEvent.LISTENER_CLOSED, null, 2, null, null, Events.ip("10.0.83.1"), null,
                8081, null, null, null, null, null, null, null, null, null);
        feed(created);
        assertFalse(model.snapshot(T0).listeners().get(0).closed());
        feed(closed);
        assertTrue(model.snapshot(T0).listeners().get(0).closed());
        assertEquals(0, model.snapshot(T0).unknown());
    }

    @Test
    void lostEventsMakeTheModelIncompleteUntilAResyncAgrees() {
        feed(Events.fixedLabClient());
        feed(Events.conn(PmEvent.CREATED, 0x1111L, "10.0.82.10", 41000, "10.0.83.1", 80, 1));
        model.eventsLost(T0);
        assertFalse(model.snapshot(T0).health().complete());
        assertEquals(1, model.snapshot(T0).lost());
        Endpoint vip = new Endpoint(Events.ip("10.0.83.1"), 80);
        // the kernel still has TOKEN with 3 subflows, not 0x1111, and one we never saw
        int bad = model.resync(List.of(
                new DiagConnection(TOKEN, new Endpoint(Events.ip("10.0.81.10"), 49162), vip, 3),
                new DiagConnection(0x2222L, new Endpoint(Events.ip("10.0.82.10"), 42000), vip, 1)), T0);
        assertEquals(0, bad);
        NamespaceFlows ns = model.snapshot(T0);
        assertTrue(ns.health().complete(), ns.health().toString());
        assertEquals(List.of("7ba3a256 established false", "00001111 closed false", "00002222 established true"),
                ns.connections().stream().map(c -> c.tokenHex() + " " + c.state().word() + " " + c.partial()).toList());
    }

    @Test
    void aResyncThatDisagreesOnSubflowsKeepsTheModelIncomplete() {
        feed(Events.fixedLabClient());
        model.eventsLost(T0);
        int bad = model.resync(List.of(new DiagConnection(TOKEN, new Endpoint(Events.ip("10.0.81.10"), 49162),
                new Endpoint(Events.ip("10.0.83.1"), 80), 2)), T0);
        assertEquals(1, bad);
        assertFalse(model.snapshot(T0).health().complete());
        assertTrue(only().partial());
    }

    @Test
    void aConnectionSeededMidLifeBecomesTrustedWhenItsCreatedArrives() {
        // subscribed, then the dump saw a connection whose queued events had not been read yet
        model.resync(List.of(new DiagConnection(TOKEN, new Endpoint(Events.ip("10.0.81.10"), 49162),
                new Endpoint(Events.ip("10.0.83.1"), 80), 3)), T0);
        assertFalse(model.snapshot(T0).health().complete());
        feed(Events.fixedLabClient());
        assertTrue(model.snapshot(T0).health().complete(), model.snapshot(T0).health().toString());
        assertFalse(only().partial());
        assertEquals(3, only().subflows().size());
    }
}
