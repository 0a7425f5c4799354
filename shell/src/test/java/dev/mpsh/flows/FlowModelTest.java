package dev.mpsh.flows;

import static dev.mpsh.flows.Events.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.sockdiag.KernelSnapshot;
import dev.mpsh.sockdiag.Sockets;
import dev.mpsh.sockdiag.TcpSock;
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

    /** The fixed lab's client connection as the kernel's socket list shows it: three subflows. */
    private static KernelSnapshot kernelFixedLab(Instant at, long sentOnEth2) {
        return Sockets.snapshot(at, List.of(Sockets.msk(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", 3, 77)), List.of(
                Sockets.subflow(TOKEN, "10.0.81.10:49015", "10.0.83.1:8081", false, true, 0, 1, 2, 77, Sockets.tcp(100, 50)),
                Sockets.subflow(TOKEN, "10.0.82.10:49021", "10.0.83.1:8081", false, true, 2, 1, 3, 77, Sockets.tcp(sentOnEth2, 50)),
                Sockets.subflow(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", true, true, 0, 0, 0, 77, Sockets.tcp(6, 6))));
    }

    @Test
    void lostEventsMakeTheModelIncompleteUntilAResyncAgrees() {
        feed(Events.fixedLabClient());
        feed(Events.conn(PmEvent.CREATED, 0x1111L, "10.0.82.10", 41000, "10.0.83.1", 80, 1));
        model.eventsLost(T0);
        assertFalse(model.snapshot(T0).health().complete());
        assertEquals(1, model.snapshot(T0).lost());
        // the kernel still has TOKEN with its 3 subflows, not 0x1111, and one we never saw
        KernelSnapshot k = Sockets.snapshot(T0, List.of(
                Sockets.msk(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", 3, 77),
                Sockets.msk(0x2222L, "10.0.82.10:42000", "10.0.83.1:80", 1, 78)), List.of(
                Sockets.subflow(TOKEN, "10.0.81.10:49015", "10.0.83.1:8081", false, true, 0, 1, 2, 77, Sockets.tcp(1, 1)),
                Sockets.subflow(TOKEN, "10.0.82.10:49021", "10.0.83.1:8081", false, true, 2, 1, 3, 77, Sockets.tcp(1, 1)),
                Sockets.subflow(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", true, true, 0, 0, 0, 77, Sockets.tcp(1, 1)),
                Sockets.subflow(0x2222L, "10.0.82.10:42000", "10.0.83.1:80", true, true, 0, 0, 0, 78, Sockets.tcp(1, 1))));
        int bad = model.resync(k, T0);
        assertEquals(0, bad);
        NamespaceFlows ns = model.snapshot(T0);
        assertTrue(ns.health().complete(), ns.health().toString());
        assertEquals(List.of("7ba3a256 established false", "00001111 closed false", "00002222 established false"),
                ns.connections().stream().map(c -> c.tokenHex() + " " + c.state().word() + " " + c.partial()).toList());
        Connection seen = ns.connections().get(2);
        assertTrue(seen.openedBeforeWatch());
        assertEquals(List.of("initial eth2 10.0.82.10:42000 -> 10.0.83.1:80 established"), rows(seen));
    }

    @Test
    void aResyncThatDisagreesOnSubflowsKeepsTheModelIncomplete() {
        feed(Events.fixedLabClient());
        model.eventsLost(T0);
        // mptcp_info counts 4 subflows, the TCP list has 3: one is missing from the model
        int bad = model.resync(Sockets.snapshot(T0, List.of(Sockets.msk(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", 4, 77)),
                kernelFixedLab(T0, 1).connections().get(0).subflows()), T0);
        assertEquals(1, bad);
        assertFalse(model.snapshot(T0).health().complete());
        assertTrue(only().partial());
    }

    @Test
    void aConnectionOpenBeforeMpshWatchedIsShownWholeFromTheKernelsList() {
        model.resync(kernelFixedLab(T0, 1000), T0);
        NamespaceFlows ns = model.snapshot(T0);
        assertTrue(ns.health().complete(), ns.health().toString());
        Connection c = only();
        assertFalse(c.partial());
        assertTrue(c.openedBeforeWatch());
        assertNull(c.denyJoinId0(), "the socket list does not carry the C flag");
        assertFalse(c.serverSide(), "the client requested MP_CAPABLE and MP_JOIN (m, j)");
        assertEquals(List.of(
                "initial eth1 10.0.81.10:49162 -> 10.0.83.1:80 established",
                "join eth1 10.0.81.10:49015 -> 10.0.83.1:8081 established",
                "join eth2 10.0.82.10:49021 -> 10.0.83.1:8081 established"), rows(c));
        SubflowInfo eth2 = c.subflows().get(2);
        assertEquals(2, eth2.localId());
        assertEquals(1, eth2.remoteId());
        assertEquals(1000, eth2.traffic().bytesSent());
        assertNull(eth2.rate(), "one reading has no rate");
        assertEquals(1050.0 / (12 + 150 + 1050), c.share(eth2), 1e-9);
    }

    @Test
    void aSecondReadingGivesEachSubflowItsRate() {
        model.resync(kernelFixedLab(T0, 1000), T0);
        model.refresh(kernelFixedLab(T0.plusMillis(500), 6000), T0.plusMillis(500));
        Connection c = only();
        assertEquals(10_000.0, c.subflows().get(2).rate(), 1e-6, "5000 bytes in half a second");
        assertEquals(0.0, c.subflows().get(1).rate(), 1e-6);
        assertEquals(10_000.0, c.rate(), 1e-6);
    }

    @Test
    void aRefreshNeverReopensWhatAnEventClosed() {
        feed(Events.fixedLabClient());
        feed(Events.sub(PmEvent.SUB_CLOSED, TOKEN, 2, "10.0.82.10", 49021, "10.0.83.1", 8081, 3, 104));
        model.refresh(kernelFixedLab(T0, 1), T0); // read just before the subflow closed
        assertEquals("closed", only().subflows().get(2).state().word());
        feed(Events.closed(TOKEN));
        model.refresh(kernelFixedLab(T0, 1), T0);
        assertTrue(only().closed());
    }

    @Test
    void withoutTheUlpAttributesSubflowsAreFoundByInodeAndSaidToLackDetails() {
        List<TcpSock> bare = kernelFixedLab(T0, 1).connections().get(0).subflows().stream().map(Sockets::withoutAttrs).toList();
        KernelSnapshot k = Sockets.snapshot(T0, List.of(Sockets.msk(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", 3, 77)), bare);
        assertEquals(3, k.connections().get(0).subflows().size());
        model.resync(k, T0);
        NamespaceFlows ns = model.snapshot(T0);
        assertTrue(ns.health().complete());
        assertEquals(1, ns.notes().size());
        assertTrue(ns.notes().get(0).contains("no MPTCP subflow attributes"), ns.notes().toString());
        Connection c = only();
        assertTrue(c.subflows().get(0).initial(), "the initial one by the connection's own addresses");
        assertEquals(-1, c.subflows().get(1).localId(), "no ids without the attributes");
    }

    @Test
    void aConnectionSeededMidLifeBecomesTrustedWhenItsCreatedArrives() {
        // subscribed, then the dump saw a connection whose queued events had not been read yet
        model.resync(kernelFixedLab(T0, 1), T0);
        feed(Events.fixedLabClient());
        assertTrue(model.snapshot(T0).health().complete(), model.snapshot(T0).health().toString());
        assertFalse(only().partial());
        assertEquals(Boolean.TRUE, only().denyJoinId0(), "ESTABLISHED told the C flag");
        assertEquals(3, only().subflows().size());
    }
}
