package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** The subflow table scrolls over the whole model while Lanterna's table holds one screenful. */
class FlowPaneTest {

    private static FlowRow row(int i) {
        return new FlowRow("client", String.format("%08x", i), "initial", "10.0.81.10:" + (10000 + i), "10.0.83.1:8081", "eth1", "established");
    }

    @Test
    void arrowsAndPagesScrollThroughThousandsOfRows() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            for (int i = 0; i < 3000; i++) {
                d.flows.rows.add(row(i));
            }
            d.flows.listener.run();
            d.settle();
            assertTrue(d.text().contains("3000 connection(s), 3000 row(s)"), d.text());
            assertTrue(d.text().contains("10.0.81.10:10000"), d.text());
            d.dashboard.focus(FlowPane.class);
            // 80x24: the subflow pane has 7 rows, 3 of them subflows (border, status, header)
            d.key(KeyType.ArrowDown);
            d.key(KeyType.ArrowDown);
            d.key(KeyType.ArrowDown);
            assertTrue(d.text().contains("10.0.81.10:10003"), d.text());
            assertFalse(d.text().contains("10.0.81.10:10000"), d.text());
            d.key(KeyType.End);
            assertTrue(d.text().contains("10.0.81.10:12999"), d.text());
            d.key(KeyType.PageUp);
            assertTrue(d.text().contains("10.0.81.10:12996"), d.text());
            d.key(KeyType.Home);
            assertTrue(d.text().contains("10.0.81.10:10000"), d.text());
        }
    }

    @Test
    void theSelectionStaysOnItsRowWhenTheModelGrows() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            for (int i = 0; i < 10; i++) {
                d.flows.rows.add(row(i));
            }
            d.flows.listener.run();
            d.settle();
            d.dashboard.focus(FlowPane.class);
            d.key(KeyType.ArrowDown);
            d.flows.rows.add(row(10));
            d.flows.listener.run();
            d.settle();
            assertTrue(d.text().contains("11 connection(s), 11 row(s)"), d.text());
            assertTrue(d.text().contains("10.0.81.10:10001"), d.text());
        }
    }

    @Test
    void theStatusLineShowsTheWanLinksAndEachRowItsRateAndItsHistory() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(200, 30)) {
            d.flows.links = "eth1 Wi-Fi down · eth2 cellular up, shaped 10.0 Mbit/s";
            d.flows.rows.add(new FlowRow("client", "0000abcd", "initial", "10.0.81.10:40000", "10.0.83.1:80", "eth1",
                    "established", "app-1", 0.0, 0.1, ""));
            d.flows.rows.add(new FlowRow("client", "0000abcd", "join", "10.0.82.10:40001", "10.0.83.1:8081", "eth2",
                    "established", "app-1", 1_250_000.0, 0.9, ""));
            d.flows.listener.run();
            d.settle();
            String text = d.text();
            assertTrue(text.contains("WAN eth1 Wi-Fi down · eth2 cellular up, shaped 10.0 Mbit/s"), text);
            assertTrue(text.contains("last 30s"), text);
            String eth2 = text.lines().filter(l -> l.contains("10.0.82.10:40001")).findFirst().orElseThrow();
            String eth1 = text.lines().filter(l -> l.contains("10.0.81.10:40000")).findFirst().orElseThrow();
            assertTrue(eth2.contains("█"), "the busiest subflow reaches the top of the scale: " + eth2);
            assertTrue(eth1.contains("▁") && !eth1.contains("█"), "nothing moving: the lowest block: " + eth1);
        }
    }
}
