package dev.mpsh.flows;

import static dev.mpsh.flows.Events.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.output.Json;
import dev.mpsh.output.Style;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubflowTableTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static FlowsSnapshot fixedLab(PmEvent... extraClient) {
        FlowModel client = new FlowModel("client", Events.CLIENT_IFACES, FlowModel.DEFAULT_RETENTION);
        for (PmEvent e : Events.fixedLabClient()) {
            client.apply(e, T0);
        }
        for (PmEvent e : extraClient) {
            client.apply(e, T0);
        }
        FlowModel app1 = new FlowModel("app-1");
        for (PmEvent e : Events.fixedLabApp1()) {
            app1.apply(e, T0);
        }
        return new FlowsSnapshot(T0.plusSeconds(3), BackendJoin.join(List.of(client.snapshot(T0), app1.snapshot(T0))));
    }

    @Test
    void tableShowsTheConnectionRowThenEachSubflowWithItsBackend() {
        List<String> lines = SubflowTable.lines(fixedLab(), Style.PLAIN, 0);
        assertEquals("client: 1 open connection(s), 3 open subflow(s), 0 listener(s); 5 events", lines.get(0));
        assertTrue(lines.get(1).trim().startsWith("TOKEN"), lines.toString());
        assertTrue(lines.get(2).matches("  7ba3a256 +conn +established +C +app-1 +announced 10.0.83.1:8081 id 1"), lines.get(2));
        assertTrue(lines.get(3).matches(" +initial +eth1 +10.0.81.10:49162 +10.0.83.1:80 +established +app-1"), lines.get(3));
        assertTrue(lines.get(5).matches(" +join +eth2 +10.0.82.10:49021 +10.0.83.1:8081 +established +app-1"), lines.get(5));
        assertTrue(lines.get(6).startsWith("app-1: 1 open connection(s)"), lines.get(6));
        assertTrue(lines.get(8).matches("  8df328dc +conn +established +S"), lines.get(8));
        assertTrue(lines.stream().noneMatch(l -> l.contains("SENT")), "no counters, no counter columns");
    }

    @Test
    void aFailedJoinAndAnIncompleteModelAreSaid() {
        PmEvent refused = Events.sub(PmEvent.SUB_CLOSED, TOKEN, 2, "10.0.82.10", 50001, "10.0.83.1", 80, 3, 104);
        FlowsSnapshot s = fixedLab(refused);
        List<String> lines = SubflowTable.lines(s, Style.PLAIN, 0);
        assertTrue(lines.stream().anyMatch(l -> l.matches(" +join +eth2 +10.0.82.10:50001 +10.0.83.1:80 +closed +failed, on no backend +error ECONNRESET; closed 3s ago")),
                String.join("\n", lines));

        FlowModel m = new FlowModel("client");
        m.eventsLost(T0);
        List<String> bad = SubflowTable.lines(new FlowsSnapshot(T0, List.of(m.snapshot(T0))), Style.PLAIN, 0);
        assertEquals("  INCOMPLETE: events were lost (netlink receive buffer overflow); the table may be wrong", bad.get(1));
    }

    @Test
    void linesAreCutToTheWidth() {
        List<String> lines = SubflowTable.lines(fixedLab(), Style.PLAIN, 40);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 40), lines.toString());
        assertTrue(lines.get(2).endsWith("…"), lines.get(2));
    }

    @Test
    void colourNeverChangesWhatFitsTheWidth() {
        List<String> lines = SubflowTable.lines(fixedLab(), new Style(true), 40);
        assertTrue(lines.stream().map(l -> l.replaceAll("\u001b\\[[0-9;]*m", "")).allMatch(l -> l.length() <= 40));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesEverySubflowWithItsPlacement() {
        Map<String, Object> json = SubflowsJson.of(fixedLab());
        String text = Json.write(json);
        assertTrue(text.contains("\"token\":\"7ba3a256\""), text);
        List<Map<String, Object>> nss = (List<Map<String, Object>>) json.get("namespaces");
        List<Map<String, Object>> conns = (List<Map<String, Object>>) nss.get(0).get("connections");
        List<Map<String, Object>> sfs = (List<Map<String, Object>>) conns.get(0).get("subflows");
        assertEquals(3, sfs.size());
        assertEquals("landed", sfs.get(1).get("placement"));
        assertEquals("app-1", sfs.get(1).get("backend"));
        assertEquals("eth1", sfs.get(1).get("interface"));
        assertEquals(true, conns.get(0).get("deny_join_id0"));
        assertEquals(true, nss.get(0).get("complete"));
    }

    @Test
    void watchOptions() throws CommandException {
        assertEquals(new WatchCommand.Options(List.of("client", "app-1"), Duration.ofMillis(500), 3),
                WatchCommand.parse(List.of("client", "-interval", "500ms", "app-1", "-count", "3"), true));
        assertEquals(Duration.ofSeconds(2), WatchCommand.parse(List.of(), false).interval());
        assertEquals("-count takes a positive number, e.g. -count 3",
                org.junit.jupiter.api.Assertions.assertThrows(CommandException.class,
                        () -> WatchCommand.parse(List.of("-count", "0"), true)).getMessage());
    }
}
