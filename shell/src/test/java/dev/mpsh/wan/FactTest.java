package dev.mpsh.wan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpsh.linux.Routes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the restore journal keeps: each fact survives a round trip through its line. */
class FactTest {
    @Test
    void everyFactReadsBackAsWritten() {
        List<Fact> facts = List.of(
                new Fact.LinkUp("client", "eth1"),
                Fact.RouteVia.of("client", "eth1", new Routes.Route(101, "default", "10.0.81.1", 2, 0, 3, 0, null)),
                Fact.RouteVia.of("client", "eth1", new Routes.Route(254, "192.0.2.0/24", null, 2, 50, 4, 253, "10.0.81.10")),
                new Fact.RootQdisc("Router", "veth-rt-wifi", "tbf", 6_250_000, 62_500, 375_000),
                new Fact.RootQdisc("client", "eth2", "default", 0, 0, 0),
                new Fact.NoTable("Router", "inet", "mpsh-blackhole-veth-rt-wifi"),
                new Fact.EndpointFlags("client", "10.0.82.10", false, true));
        for (Fact f : facts) {
            assertEquals(f, Fact.decode(f.encode()), f.encode());
        }
    }

    @Test
    void aLineOfAnotherVersionIsSkipped() {
        assertNull(Fact.decode("teleport client eth1"));
        assertNull(Fact.decode("route client eth1 notanumber"));
    }

    @Test
    void aRouteIsRestoredAsAPersonWouldTypeIt() {
        assertEquals(List.of("ip", "route", "add", "default", "via", "10.0.81.1", "dev", "eth1", "metric", "100"),
                Routes.addCommand(new Routes.Route(254, "default", "10.0.81.1", 2, 100, Routes.RTPROT_BOOT, 0, null), "eth1"));
        assertEquals(List.of("ip", "route", "add", "default", "via", "10.0.81.1", "dev", "eth1", "table", "101"),
                Routes.addCommand(new Routes.Route(101, "default", "10.0.81.1", 2, 0, Routes.RTPROT_BOOT, 0, null), "eth1"));
        assertEquals(List.of("ip", "route", "add", "192.0.2.0/24", "dev", "eth1", "proto", "4", "scope", "253", "src", "10.0.81.10"),
                Routes.addCommand(new Routes.Route(254, "192.0.2.0/24", null, 2, 0, 4, 253, "10.0.81.10"), "eth1"));
    }

    @Test
    void theBackupChangeKeepsFullmeshBecauseTheKernelSetsBothFlagsAtOnce() {
        assertEquals(List.of("ip", "mptcp", "endpoint", "change", "id", "2", "backup", "fullmesh"),
                Fact.EndpointFlags.change("client", 2, true, true).words());
        assertEquals(List.of("ip", "mptcp", "endpoint", "change", "id", "2", "nobackup"),
                Fact.EndpointFlags.change("client", 2, false, false).words());
    }

    @Test
    void ratesAreTcsWords() {
        assertEquals(50_000_000L, Shaping.bits("50mbit"));
        assertEquals(1_500_000_000L, Shaping.bits("1.5Gbit"));
        assertEquals(62_500L, Shaping.burst(50_000_000L));
        assertEquals(Shaping.MIN_BURST, Shaping.burst(1_000_000L));
        assertEquals("bad rate '50mbps': use e.g. 50mbit, 10mbit, 1gbit or 500kbit (bits per second, as tc writes them)",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Shaping.bits("50mbps")).getMessage());
    }
}
