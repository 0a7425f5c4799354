package dev.mpsh.netlink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetlinkCodecTest {
    private static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts));
    }

    @Test
    void attributesArePaddedToFourBytes() {
        byte[] b = new AttrWriter().u8(3, 7).u16(1, 0x1234).string(2, "ab").bytes();
        assertArrayEquals(hex("05000300", "07000000", "06000100", "34120000", "07000200", "61620000"), b);
        List<Attr> attrs = Attr.parse(b, 0, b.length);
        assertEquals(3, attrs.size());
        assertEquals(7, attrs.get(0).u8());
        assertEquals(0x1234, attrs.get(1).u16());
        assertEquals("ab", attrs.get(2).string());
    }

    @Test
    void nestedAttributeCarriesTheNestedFlag() {
        byte[] b = new AttrWriter().nested(1, w -> w.u16(1, 2).u8(2, 5)).bytes();
        assertArrayEquals(hex("14000180", "06000100", "02000000", "05000200", "05000000"), b);
        Attr outer = Attr.parse(b, 0, b.length).get(0);
        assertEquals(0x8001, outer.type());
        assertEquals(1, outer.kind());
        assertEquals(5, Attr.find(outer.nested(), 2).u8());
    }

    @Test
    void truncatedAttributeIsAFormatError() {
        byte[] b = hex("08000100", "0102");
        assertThrows(NetlinkFormatException.class, () -> Attr.parse(b, 0, b.length));
    }

    @Test
    void messageEncodesHeaderInHostOrderAndPadsThePayload() {
        NetlinkMessage m = new NetlinkMessage(0x1c, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP, 7, 0, hex("0301000000"));
        assertArrayEquals(hex("15000000", "1c00", "0103", "07000000", "00000000", "0301000000", "000000"), m.encode());
    }

    @Test
    void oneDatagramHoldsSeveralMessages() {
        byte[] raw = hex(
                "15000000", "1c00", "0200", "07000000", "2a000000", "0301000000", "000000",
                "14000000", "0300", "0200", "07000000", "2a000000", "00000000");
        List<NetlinkMessage> msgs = NetlinkMessage.parse(raw, raw.length);
        assertEquals(2, msgs.size());
        assertEquals(5, msgs.get(0).payload().length);
        assertEquals(42, msgs.get(0).pid());
        assertEquals(Netlink.NLM_F_MULTI, msgs.get(0).flags());
        assertEquals(true, msgs.get(1).isDone());
        assertNull(msgs.get(1).error());
    }

    @Test
    void errorWithExtendedAckGivesTheKernelsText() {
        // NLMSG_ERROR, flags CAPPED|ACK_TLVS: error -99, the request's header only, then NLMSGERR_ATTR_MSG
        byte[] raw = hex(
                "48000000", "0200", "0003", "05000000", "2a000000",
                "9dffffff",
                "24000000", "1c00", "0500", "05000000", "00000000",
                "24000100", HexFormat.of().formatHex("create listen socket error: -99".getBytes()), "00");
        NetlinkMessage m = NetlinkMessage.parse(raw, raw.length).get(0);
        NetlinkException e = m.error();
        assertEquals(99, e.errno());
        assertEquals("create listen socket error: -99", e.extack());
        assertEquals("create listen socket error: -99", e.getMessage());
    }

    @Test
    void errorWithoutExtendedAckUsesStrerror() {
        byte[] raw = hex("24000000", "0200", "0000", "01000000", "00000000", "feffffff",
                "10000000", "1000", "0500", "01000000", "00000000");
        NetlinkException e = NetlinkMessage.parse(raw, raw.length).get(0).error();
        assertEquals(2, e.errno());
        assertNull(e.extack());
        assertEquals("No such file or directory", e.getMessage());
    }

    @Test
    void ackIsNotAnError() {
        byte[] raw = hex("24000000", "0200", "0001", "01000000", "00000000", "00000000",
                "10000000", "1000", "0500", "01000000", "00000000");
        assertNull(NetlinkMessage.parse(raw, raw.length).get(0).error());
    }

    @Test
    void nlctrlReplyResolvesFamilyIdAndGroups() {
        byte[] payload = new AttrWriter().raw(new byte[] {1, 2, 0, 0})
                .string(Genl.CTRL_ATTR_FAMILY_NAME, "mptcp_pm")
                .u16(Genl.CTRL_ATTR_FAMILY_ID, 28)
                .u32(Genl.CTRL_ATTR_VERSION, 1)
                .nested(Genl.CTRL_ATTR_MCAST_GROUPS, g -> g
                        .nested(1, x -> x.u32(Genl.CTRL_ATTR_MCAST_GRP_ID, 8).string(Genl.CTRL_ATTR_MCAST_GRP_NAME, "mptcp_pm_cmds"))
                        .nested(2, x -> x.u32(Genl.CTRL_ATTR_MCAST_GRP_ID, 9).string(Genl.CTRL_ATTR_MCAST_GRP_NAME, "mptcp_pm_events")))
                .bytes();
        Genl.Family f = Genl.parseFamily(new NetlinkMessage(Genl.ID_CTRL, 0, 1, 0, payload));
        assertEquals(new Genl.Family("mptcp_pm", 28, 1, Map.of("mptcp_pm_cmds", 8, "mptcp_pm_events", 9)), f);
    }
}
