package dev.mpsh.mptcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.Genl;
import dev.mpsh.netlink.NetlinkMessage;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events decoded from wire bytes print exactly the lines `ip mptcp monitor` 6.1 printed for them. */
class MonitorFormatTest {
    private static final int FAMILY_ID = 28;

    /** A server-side CREATED event, byte for byte as the 6.18 kernel sends it (facts doc §1). */
    private static final String CREATED_SERVER_SIDE = String.join("",
            "64000000", "1c00", "0000", "00000000", "00000000", // nlmsghdr: len 100, type 28
            "01010000",                 // genlmsghdr: cmd CREATED, version 1
            "08000100", "76bd34ad",     // TOKEN, host order: 0xad34bd76
            "05001200", "01000000",     // SERVER_SIDE 1 (6.1 does not print it)
            "06000d00", "02000000",     // FLAGS 0x2 (server side)
            "06000200", "02000000",     // FAMILY AF_INET
            "08000500", "0a000101",     // SADDR4 10.0.1.1
            "08000700", "0a000102",     // DADDR4 10.0.1.2
            "06000900", "13880000",     // SPORT 5000, big-endian
            "06000a00", "e5000000",     // DPORT 58624, big-endian
            "05000300", "00000000",     // LOC_ID 0
            "05000400", "00000000");    // REM_ID 0

    @Test
    void createdEventFromKernelBytes() {
        byte[] raw = HexFormat.of().parseHex(CREATED_SERVER_SIDE);
        List<NetlinkMessage> msgs = NetlinkMessage.parse(raw, raw.length);
        assertEquals(1, msgs.size());
        assertEquals(FAMILY_ID, msgs.get(0).type());
        PmEvent e = PmEvent.parse(msgs.get(0));
        assertEquals(0xad34bd76L, e.token());
        assertEquals(5000, e.sport());
        assertEquals(58624, e.dport());
        assertEquals(1, e.serverSide());
        assertNull(e.backup());
        assertEquals("[       CREATED] token=ad34bd76 remid=0 locid=0 saddr4=10.0.1.1 daddr4=10.0.1.2 sport=5000 dport=58624 flags=2",
                MonitorFormat.line(e));
    }

    @Test
    void announcedHasNoFamilyAndOnlyRemoteFields() throws Exception {
        PmEvent e = event(PmEvent.ANNOUNCED, w -> w.u32(1, 0xb91c47ecL).u8(4, 1).attr(10, be16(5000))
                .attr(7, InetAddress.getByName("10.0.2.1").getAddress()));
        assertEquals("[     ANNOUNCED] token=b91c47ec remid=1 daddr4=10.0.2.1 dport=5000", MonitorFormat.line(e));
    }

    @Test
    void subflowEstablishedWithIfindexWhateverTheAttributeOrder() throws Exception {
        PmEvent e = event(PmEvent.SUB_ESTABLISHED, w -> w.s32(15, 3).u8(11, 0).u8(4, 0).u8(3, 1)
                .attr(10, be16(5000)).attr(9, be16(43059))
                .attr(7, InetAddress.getByName("10.0.1.1").getAddress())
                .attr(5, InetAddress.getByName("10.0.2.2").getAddress())
                .u16(2, 2).u32(1, 0xb91c47ecL));
        assertEquals("[SF_ESTABLISHED] token=b91c47ec remid=0 locid=1 saddr4=10.0.2.2 daddr4=10.0.1.1 sport=43059 dport=5000 backup=0 ifindex=3",
                MonitorFormat.line(e));
    }

    @Test
    void subflowClosedWithErrorAndReset() throws Exception {
        PmEvent e = event(PmEvent.SUB_CLOSED, w -> w.u32(1, 0x09efd575L).u16(2, 2)
                .attr(5, InetAddress.getByName("10.0.2.2").getAddress())
                .attr(7, InetAddress.getByName("10.0.1.1").getAddress())
                .attr(9, be16(47297)).attr(10, be16(5600)).u8(3, 1).u8(4, 0).u8(11, 0).u8(12, 104)
                .s32(15, 3).u32(16, 0).u32(17, 0));
        assertEquals("[     SF_CLOSED] token=09efd575 remid=0 locid=1 saddr4=10.0.2.2 daddr4=10.0.1.1 sport=47297 dport=5600 backup=0 error=104 ifindex=3 reset_reason=0 reset_flags=0x0",
                MonitorFormat.line(e));
    }

    @Test
    void priorityRemovedAndClosed() throws Exception {
        PmEvent prio = event(PmEvent.SUB_PRIORITY, w -> w.u32(1, 0x3505372eL).u16(2, 2)
                .attr(5, InetAddress.getByName("10.0.2.2").getAddress())
                .attr(7, InetAddress.getByName("10.0.2.1").getAddress())
                .attr(9, be16(51001)).attr(10, be16(5300)).u8(3, 1).u8(4, 1).u8(11, 1));
        assertEquals("[       SF_PRIO] token=3505372e remid=1 locid=1 saddr4=10.0.2.2 daddr4=10.0.2.1 sport=51001 dport=5300 backup=1",
                MonitorFormat.line(prio));
        assertEquals("[       REMOVED] token=3505372e remid=1",
                MonitorFormat.line(event(PmEvent.REMOVED, w -> w.u32(1, 0x3505372eL).u8(4, 1))));
        assertEquals("[        CLOSED] token=ad34bd76",
                MonitorFormat.line(event(PmEvent.CLOSED, w -> w.u32(1, 0xad34bd76L))));
    }

    @Test
    void listenerEventsAreUnknownTo61() throws Exception {
        PmEvent e = event(PmEvent.LISTENER_CREATED, w -> w.u16(2, 2).attr(9, be16(8081))
                .attr(5, InetAddress.getByName("10.0.83.1").getAddress()));
        assertNull(e.token());
        assertEquals("[UNKNOWN 15]", MonitorFormat.line(e));
        assertEquals("[UNKNOWN 16]", MonitorFormat.line(event(PmEvent.LISTENER_CLOSED, w -> { })));
    }

    @Test
    void ipv6AddressesUseInetNtopForm() throws Exception {
        PmEvent e = event(PmEvent.CREATED, w -> w.u32(1, 1).u16(2, 10)
                .attr(6, InetAddress.getByName("2001:db8::1").getAddress())
                .attr(8, InetAddress.getByName("2001:db8:0:0:1:0:0:2").getAddress())
                .attr(9, be16(1)).attr(10, be16(2)).u8(3, 0).u8(4, 0).u16(13, 1));
        assertEquals("[       CREATED] token=00000001 remid=0 locid=0 saddr6=2001:db8::1 daddr6=2001:db8::1:0:0:2 sport=1 dport=2 flags=1",
                MonitorFormat.line(e));
    }

    @Test
    void ntopCompressesTheLongestZeroRun() throws Exception {
        assertEquals("::1", dev.mpsh.linux.SockAddr.ntop(InetAddress.getByName("::1")));
        assertEquals("fe80::a:0:0:b", dev.mpsh.linux.SockAddr.ntop(InetAddress.getByName("fe80:0:0:0:a:0:0:b")));
        assertEquals("1:0:2:0:3:0:4:0", dev.mpsh.linux.SockAddr.ntop(InetAddress.getByName("1:0:2:0:3:0:4:0")));
    }

    private static PmEvent event(int type, ThrowingWriter body) throws Exception {
        AttrWriter w = Genl.payload(type, 1);
        body.accept(w);
        byte[] raw = new NetlinkMessage(FAMILY_ID, 0, 0, 0, w.bytes()).encode();
        return PmEvent.parse(NetlinkMessage.parse(raw, raw.length).get(0));
    }

    private static byte[] be16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    interface ThrowingWriter {
        void accept(AttrWriter w) throws Exception;
    }

}
