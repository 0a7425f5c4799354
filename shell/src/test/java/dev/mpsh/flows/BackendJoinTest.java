package dev.mpsh.flows;

import static dev.mpsh.flows.Events.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.mptcp.PmEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendJoinTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static NamespaceFlows model(String ns, PmEvent... events) {
        FlowModel m = new FlowModel(ns);
        for (PmEvent e : events) {
            m.apply(e, T0);
        }
        return m.snapshot(T0);
    }

    private static List<String> placements(List<NamespaceFlows> joined) {
        return joined.get(0).connections().get(0).subflows().stream()
                .map(s -> s.local().port() + " " + s.placement().describe()).toList();
    }

    @Test
    void everyClientSubflowIsShownOnTheBackendThatHasIt() {
        List<NamespaceFlows> joined = BackendJoin.join(List.of(
                model("client", Events.fixedLabClient()), model("app-1", Events.fixedLabApp1()), model("app-2")));
        assertEquals(List.of("49162 app-1", "49015 app-1", "49021 app-1"), placements(joined));
        assertEquals(null, joined.get(1).connections().get(0).subflows().get(0).placement(), "backend rows are not placed");
    }

    @Test
    void aJoinThatFailedAndNoBackendHasIsShownAsSuch() {
        PmEvent refused = Events.sub(PmEvent.SUB_CLOSED, TOKEN, 2, "10.0.82.10", 50001, "10.0.83.1", 80, 3, 104);
        PmEvent open = Events.sub(PmEvent.SUB_ESTABLISHED, TOKEN, 2, "10.0.82.10", 50002, "10.0.83.1", 80, 3, null);
        List<NamespaceFlows> joined = BackendJoin.join(List.of(
                model("client", Events.fixedLabClient()[0], Events.fixedLabClient()[1], refused, open),
                model("app-1", Events.fixedLabApp1()[0])));
        assertEquals(List.of("49162 app-1", "50001 failed, on no backend", "50002 ?"), placements(joined));
    }

    @Test
    void aJoinABackendClosedWithAnErrorIsRefusedByThatBackend() {
        PmEvent client = Events.sub(PmEvent.SUB_CLOSED, TOKEN, 2, "10.0.82.10", 50001, "10.0.83.1", 8082, 3, 104);
        PmEvent app2 = Events.sub(PmEvent.SUB_CLOSED, 0x99L, 0, "10.0.83.1", 8082, "10.0.82.10", 50001, null, 111);
        PmEvent app2Conn = Events.conn(PmEvent.CREATED, 0x99L, "10.0.83.1", 80, "10.0.81.10", 1, 2);
        List<NamespaceFlows> joined = BackendJoin.join(List.of(
                model("client", Events.fixedLabClient()[0], client), model("app-2", app2Conn, app2)));
        assertEquals(List.of("49162 ?", "50001 refused by app-2"), placements(joined));
    }
}
