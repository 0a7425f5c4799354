package dev.mpsh.sockdiag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.NetlinkMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The kernel's replies as captured on Linux 6.18 in the fixed lab's client namespace, with a
 * Python client holding two connections of three subflows each (an initial subflow from eth1,
 * joins from eth1 and eth2 bound to their devices, ifindex 2 and 3). One netlink message a line,
 * in hex, as SockDiag.dump returned them.
 */
class CapturedDumpTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static List<NetlinkMessage> captured(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(CapturedDumpTest.class.getResourceAsStream(name), name)) {
            List<NetlinkMessage> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                byte[] b = HexFormat.of().parseHex(line.strip());
                out.addAll(NetlinkMessage.parse(b, b.length));
            }
            return out;
        }
    }

    private static KernelSnapshot snapshot(List<NetlinkMessage> tcp) throws IOException {
        List<MptcpSock> m = captured("client-mptcp.hex").stream().map(InetDiag::mptcp).toList();
        return KernelSnapshot.join(AT, m, tcp.stream().map(InetDiag::tcp).toList());
    }

    /** The same message without its INET_DIAG_ULP_INFO, as a kernel before 5.7 sends it. */
    private static NetlinkMessage withoutUlp(NetlinkMessage m) {
        byte[] p = m.payload();
        AttrWriter w = new AttrWriter().raw(Arrays.copyOf(p, InetDiag.MSG_SIZE));
        for (Attr a : Attr.parse(p, InetDiag.MSG_SIZE, p.length - InetDiag.MSG_SIZE)) {
            if (a.kind() != InetDiag.INET_DIAG_ULP_INFO) {
                w.attr(a.type(), a.value());
            }
        }
        return new NetlinkMessage(m.type(), m.flags(), m.seq(), m.pid(), w.bytes());
    }

    @Test
    void everySubflowIsJoinedToItsConnectionByToken() throws IOException {
        KernelSnapshot k = snapshot(captured("client-tcp.hex"));
        assertNull(k.problem());
        assertEquals(0, k.unmatched());
        assertEquals(List.of("ff458498", "acb7fb07"),
                k.connections().stream().map(c -> String.format("%08x", c.token())).toList());
        KernelConnection c = k.connection(0xff458498L);
        assertEquals(3, c.msk().expectedSubflows());
        assertEquals(List.of(
                "10.0.81.10:51854 -> 10.0.83.1:80 if 0 ids 0/0 Mmec",
                "10.0.81.10:34933 -> 10.0.83.1:8082 if 2 ids 0/0 Jjec",
                "10.0.82.10:46921 -> 10.0.83.1:8082 if 3 ids 2/0 Jjec"), c.subflows().stream().map(s ->
                s.id().local().getAddress().getHostAddress() + ":" + s.id().local().getPort() + " -> "
                        + s.id().remote().getAddress().getHostAddress() + ":" + s.id().remote().getPort()
                        + " if " + s.id().ifindex() + " ids " + s.mptcp().idLocal() + "/" + s.mptcp().idRemote()
                        + " " + s.mptcp().flagLetters()).toList());
        assertFalse(c.serverSide(), "the client asked for MP_CAPABLE and MP_JOIN");
        TcpSock initial = c.subflows().get(0);
        assertTrue(initial.mptcp().initial());
        assertEquals(0, initial.mptcp().tokenRemote(), "MP_CAPABLE exchanges keys, not tokens");
        assertEquals(0xe54fb3e6L, c.subflows().get(1).mptcp().tokenRemote(), "a join names the backend's token");
        assertEquals(6, initial.tcp().bytesSent());
        assertEquals(SockId.TCP_ESTABLISHED, initial.tcp().state());
        assertTrue(initial.tcp().rttMicros() > 0);
    }

    @Test
    void aKernelWithoutTheUlpAttributeStillListsEverySubflowByInodeAndSaysWhatIsMissing() throws IOException {
        List<NetlinkMessage> bare = captured("client-tcp.hex").stream().map(CapturedDumpTest::withoutUlp).toList();
        List<TcpSock> tcp = bare.stream().map(InetDiag::tcp).toList();
        assertTrue(tcp.stream().allMatch(t -> t.ulp() == null && t.mptcp() == null), "nothing of the ULP left");
        KernelSnapshot k = snapshot(bare);
        assertNotNull(k.problem());
        assertTrue(k.problem().contains("INET_DIAG_ULP_INFO"), k.problem());
        for (KernelConnection c : k.connections()) {
            assertEquals(3, c.subflows().size(), "the subflows share their connection's inode");
            assertTrue(KernelSnapshot.initial(c.msk(), c.subflows().get(0)), "the initial one by the connection's addresses");
        }
    }

    @Test
    void aTruncatedMessageIsNoSocketAndAShortTcpInfoReadsAsZero() throws IOException {
        NetlinkMessage m = captured("client-tcp.hex").get(0);
        assertNull(InetDiag.tcp(new NetlinkMessage(m.type(), 0, 0, 0, Arrays.copyOf(m.payload(), 40))));
        byte[] info = new byte[8];
        assertEquals(0, dev.mpsh.linux.TcpInfo.parse(info, 0, info.length).bytesSent());
    }
}
