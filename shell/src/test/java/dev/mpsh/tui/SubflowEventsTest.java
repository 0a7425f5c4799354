package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.mptcp.PmEvent;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Path-manager events, as the netlink subscriptions hand them over, reach the subflow table. */
class SubflowEventsTest {
    private static final long TOKEN = 0xa1b2c3d4L;

    private static PmEvent ev(int type, String saddr, Integer sport, int dport, Integer ifindex) throws Exception {
        return new PmEvent(type, TOKEN, 2, 0, 1, saddr == null ? null : InetAddress.getByName(saddr),
                InetAddress.getByName("10.0.83.1"), sport, dport, 0, null, 0, null, ifindex, null, null, null);
    }

    private static String line(VirtualDashboard d, String text) {
        return d.lines().stream().filter(l -> l.contains(text)).findFirst().orElse("");
    }

    @Test
    void establishedAnnouncedJoinedAndClosedShowAsTheyHappen() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(120, 36, true)) {
            assertTrue(d.text().contains("0 connection(s), 0 row(s)"), d.text());

            d.events.event("client", ev(PmEvent.ESTABLISHED, "10.0.81.10", 40016, 80, 2));
            d.events.event("client", ev(PmEvent.ANNOUNCED, null, null, 8082, null));
            d.events.event("client", ev(PmEvent.SUB_ESTABLISHED, "10.0.82.10", 54077, 8082, 3));
            d.settle();
            String initial = line(d, "10.0.81.10:40016");
            assertTrue(initial.contains("a1b2c3d4") && initial.contains("initial") && initial.contains("established"), d.text());
            assertTrue(line(d, "announced").contains("10.0.83.1:8082"), d.text());
            String join = line(d, "10.0.82.10:54077");
            assertTrue(join.contains("join") && join.contains("10.0.83.1:8082") && join.contains("established"), d.text());
            assertTrue(d.text().contains("1 connection(s), 3 row(s)"), d.text());

            d.events.event("client", ev(PmEvent.SUB_CLOSED, "10.0.82.10", 54077, 8082, 3));
            d.settle();
            assertTrue(line(d, "10.0.82.10:54077").contains("closed"), d.text());
            assertFalse(line(d, "10.0.81.10:40016").contains("closed"), d.text());

            d.events.event("client", ev(PmEvent.CLOSED, null, null, 0, null));
            d.settle();
            assertTrue(line(d, "10.0.81.10:40016").contains("closed"), d.text());
        }
    }

    @Test
    void lostEventsAreSaidOnThePane() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(120, 36, true)) {
            d.events.lost("client");
            d.settle();
            assertTrue(d.text().contains("! client: "), d.text());
        }
    }
}
