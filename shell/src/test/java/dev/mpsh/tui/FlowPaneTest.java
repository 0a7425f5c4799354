package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowPaneTest {

    private static FlowRow row(int i, String state) {
        return new FlowRow("client", Integer.toHexString(i), "join", "10.0.81.10:" + i, "10.0.83.1:8081", "eth1", state);
    }

    @Test
    void aModelLargerThanTheTableKeepsEveryLiveRowThenTheLatestClosed() {
        List<FlowRow> all = new ArrayList<>();
        for (int i = 0; i < FlowPane.MAX_SHOWN; i++) {
            all.add(row(i, "closed"));
        }
        for (int i = 0; i < 100; i++) {
            all.add(row(100_000 + i, "established"));
        }
        List<FlowRow> shown = FlowPane.shown(all);
        assertEquals(FlowPane.MAX_SHOWN, shown.size());
        assertEquals(100, shown.stream().filter(r -> r.state().equals("established")).count());
        // the oldest closed rows are the ones left out
        assertTrue(shown.stream().noneMatch(r -> r.token().equals(Integer.toHexString(0))));
        assertTrue(shown.contains(row(FlowPane.MAX_SHOWN - 1, "closed")));
    }

    @Test
    void aSmallModelIsShownWhole() {
        List<FlowRow> all = List.of(row(1, "closed"), row(2, "established"));
        assertEquals(all, FlowPane.shown(all));
    }
}
