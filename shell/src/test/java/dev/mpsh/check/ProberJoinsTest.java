package dev.mpsh.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.Sockets;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** check counts the joins the kernel lists and those only the events saw, each once. */
class ProberJoinsTest {
    private static final long TOKEN = 0x7ba3a256L;
    private static final Map<String, String> IFACES = Map.of("10.0.81.10", "eth1", "10.0.82.10", "eth2");

    private static KernelConnection kernel() {
        return Sockets.snapshot(java.time.Instant.EPOCH, List.of(Sockets.msk(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", 2, 7)),
                List.of(Sockets.subflow(TOKEN, "10.0.81.10:49162", "10.0.83.1:80", true, true, 0, 0, 0, 7, Sockets.tcp(6, 6)),
                        Sockets.subflow(TOKEN, "10.0.82.10:49021", "10.0.83.1:8081", false, true, 2, 1, 3, 7, Sockets.tcp(0, 0))))
                .connections().get(0);
    }

    private static PmEvent joined(String saddr, int sport) throws Exception {
        return new PmEvent(PmEvent.SUB_ESTABLISHED, TOKEN, 2, 0, 1, InetAddress.getByName(saddr), InetAddress.getByName("10.0.83.1"),
                sport, 8081, 0, null, null, null, null, null, null, null);
    }

    @Test
    void aJoinWhoseEventWasNotSeenStillCountsAndOneSeenTwiceCountsOnce() throws Exception {
        List<Attempt.Join> j = Prober.joins(kernel(), List.of(joined("10.0.82.10", 49021), joined("10.0.81.10", 49015)), TOKEN, IFACES, Map.of());
        assertEquals(List.of("eth2 10.0.83.1:8081", "eth1 10.0.83.1:8081"), j.stream().map(x -> x.iface() + " " + x.to()).toList());
        assertEquals(List.of("eth2 10.0.83.1:8081"), Prober.joins(kernel(), List.of(), TOKEN, IFACES, Map.of()).stream()
                .map(x -> x.iface() + " " + x.to()).toList(), "from the kernel's list alone");
        assertEquals(List.of("eth1 10.0.83.1:8081"), Prober.joins(null, List.of(joined("10.0.81.10", 49015)), TOKEN, IFACES, Map.of())
                .stream().map(x -> x.iface() + " " + x.to()).toList(), "from the events alone");
    }
}
