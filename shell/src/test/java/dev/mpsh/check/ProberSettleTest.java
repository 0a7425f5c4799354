package dev.mpsh.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpsh.linux.LibC;
import dev.mpsh.linux.TcpInfo;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.MptcpSock;
import dev.mpsh.sockdiag.SockId;
import dev.mpsh.sockdiag.Sockets;
import dev.mpsh.sockdiag.TcpSock;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * check waits for what the client's path manager will do, not for a time: a subflow endpoint
 * with no subflow yet, a join whose first SYN is still out, an announcement not taken up.
 */
class ProberSettleTest {
    private static final long TOKEN = 0x5a5a1234L;
    private static final List<Endpoint> ENDPOINTS = List.of(endpoint(1, "10.0.81.10"), endpoint(2, "10.0.82.10"));

    private static Endpoint endpoint(int id, String addr) {
        try {
            return new Endpoint(id, InetAddress.getByName(addr), 0, Endpoint.Flag.SUBFLOW.bit, 0);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** The connection from eth1 with these extra subflows and limits. */
    private static KernelConnection connection(int subflowsMax, int accepted, int acceptedMax, TcpSock... joins) {
        return connection(subflowsMax, accepted, acceptedMax, joins.length > 0 ? 1 : 0, joins);
    }

    private static KernelConnection connection(int subflowsMax, int accepted, int acceptedMax, int localUsed, TcpSock... joins) {
        MptcpInfo info = new MptcpInfo(joins.length, 0, accepted, subflowsMax, 0, acceptedMax,
                MptcpInfo.FLAG_REMOTE_KEY_RECEIVED, TOKEN, 0, 0, 0, localUsed, ENDPOINTS.size(), false, 0, 0, 0, 0, 0,
                joins.length + 1, 0, 0, 0, MptcpInfo.SIZE);
        MptcpSock msk = new MptcpSock(new SockId(LibC.AF_INET, SockId.TCP_ESTABLISHED, Sockets.at("10.0.81.10:40000"),
                Sockets.at("10.20.9.10:80"), 0, 9), info);
        List<TcpSock> subflows = new ArrayList<>();
        subflows.add(Sockets.subflow(TOKEN, "10.0.81.10:40000", "10.20.9.10:80", true, true, 1, 0, 0, 9, Sockets.tcp(10, 10)));
        subflows.addAll(List.of(joins));
        return new KernelConnection(msk, subflows);
    }

    private static TcpSock join(int state, long retrans) {
        TcpInfo tcp = new TcpInfo(state, 0, 0, 10, retrans, 0, 0, 0, 0, 1, 0, 0, TcpInfo.SIZE);
        TcpSock s = Sockets.subflow(TOKEN, "10.0.82.10:40100", "10.20.9.10:80", false, true, 2, 0, 0, 9, tcp);
        return new TcpSock(new SockId(LibC.AF_INET, state, s.id().local(), s.id().remote(), 0, 9), tcp, s.ulp(), s.mptcp());
    }

    private static PmEvent event(int type, String saddr, String daddr, int dport) throws Exception {
        return new PmEvent(type, TOKEN, 2, 0, 0, InetAddress.getByName(saddr), InetAddress.getByName(daddr),
                40100, dport, 0, null, null, null, null, null, null, null);
    }

    @Test
    void aSubflowEndpointIsPendingUntilThePathManagerCountedIt() {
        assertEquals("the path manager has dealt with 0 of 1 subflow endpoints", Prober.pending(connection(2, 0, 0, 0), List.of(), ENDPOINTS),
                "eth2's endpoint not dealt with yet; eth1's is the initial subflow's and never counted");
        assertNull(Prober.pending(connection(2, 0, 0, 1, join(SockId.TCP_ESTABLISHED, 0)), List.of(), ENDPOINTS));
        assertNull(Prober.pending(connection(2, 0, 0, 1), List.of(), ENDPOINTS),
                "dealt with and nothing opened (the peer's C flag: no join to the initial address): done");
    }

    @Test
    void aJoinInItsHandshakeIsWaitedForUntilItsSynWasRetransmitted() {
        assertEquals("a join from 10.0.82.10 is in its handshake",
                Prober.pending(connection(2, 0, 0, join(SockId.TCP_SYN_SENT, 0)), List.of(), ENDPOINTS));
        assertNull(Prober.pending(connection(2, 0, 0, join(SockId.TCP_SYN_SENT, 1)), List.of(), ENDPOINTS),
                "a SYN sent twice was dropped: that is the symptom");
    }

    @Test
    void nothingIsPendingOnceTheSubflowLimitIsReachedOrForAFallback() {
        assertNull(Prober.pending(connection(0, 0, 0), List.of(), ENDPOINTS), "subflows 0 of max 0");
        assertNull(Prober.pending(null, List.of(), ENDPOINTS));
    }

    @Test
    void anAnnouncementIsPendingUntilThePathManagerTookItUpOrMayNot() throws Exception {
        List<PmEvent> announced = List.of(event(PmEvent.ANNOUNCED, "0.0.0.0", "10.20.9.10", 8082));
        TcpSock done = join(SockId.TCP_ESTABLISHED, 0);
        assertEquals("an announced address is not taken up yet", Prober.pending(connection(4, 0, 2, done), announced, ENDPOINTS));
        assertNull(Prober.pending(connection(4, 1, 2, done), announced, ENDPOINTS));
        assertNull(Prober.pending(connection(4, 0, 0, done), announced, ENDPOINTS), "accepting none: nothing to take up");
    }

    @Test
    void joinsThatDidNotBecomeSubflowsAreToldWithWhatBecameOfThem() throws Exception {
        java.util.Map<String, String> ifaces = java.util.Map.of("10.0.81.10", "eth1", "10.0.82.10", "eth2");
        assertEquals(List.of("eth2 10.0.82.10:40100 -> 10.20.9.10:80: SYN-SENT, SYN sent 2 time(s)"),
                Prober.notJoined(connection(2, 0, 0, 1, join(SockId.TCP_SYN_SENT, 1)), List.of(), List.of(), ifaces));
        PmEvent closed = new PmEvent(PmEvent.SUB_CLOSED, TOKEN, 2, 0, 0, InetAddress.getByName("10.0.82.10"),
                InetAddress.getByName("10.20.9.10"), 40100, 80, 0, 104, null, null, null, null, null, null);
        assertEquals(List.of("eth2 10.0.82.10:40100 -> 10.20.9.10:80: closed (error 104)"),
                Prober.notJoined(connection(2, 0, 0, 1), List.of(closed), List.of(), ifaces));
        assertEquals(List.of(), Prober.notJoined(connection(2, 0, 0, 1), List.of(closed),
                List.of(new Attempt.Join("eth2", "10.0.82.10", "10.20.9.10", 80)), ifaces), "it joined after all");
        assertEquals("subflows 1 of 2, endpoints dealt with 1, announced taken up 0 of 0",
                Prober.pathManager(connection(2, 0, 0, 1, join(SockId.TCP_ESTABLISHED, 0)), null));
    }
}
