package dev.mpsh.mptcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.netlink.Attr;
import dev.mpsh.netlink.Genl;
import dev.mpsh.netlink.NetlinkMessage;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EndpointParseTest {

    /** One GET_ADDR dump reply for `10.0.2.1 port 6000 id 1 signal dev ifindex 3`, in the kernel's attribute order. */
    @Test
    void endpointFromDumpBytes() throws Exception {
        byte[] raw = HexFormat.of().parseHex(String.join("",
                "48000000", "1c00", "0200", "01000000", "00000000",
                "03010000",
                "34000180",
                "06000100", "02000000",   // FAMILY AF_INET
                "06000500", "70170000",   // PORT 6000, host order
                "05000200", "01000000",   // ID 1
                "08000600", "01000000",   // FLAGS signal
                "08000700", "03000000",   // IF_IDX 3
                "08000300", "0a000201")); // ADDR4 10.0.2.1
        NetlinkMessage m = NetlinkMessage.parse(raw, raw.length).get(0);
        Endpoint e = PathManager.endpoint(Attr.find(Genl.attrs(m), PathManager.ATTR_ADDR).nested());
        assertEquals(new Endpoint(1, InetAddress.getByName("10.0.2.1"), 6000, 0x01, 3), e);
        assertEquals(EnumSet.of(Endpoint.Flag.SIGNAL), e.flagSet());
    }

    @Test
    void flagSetNamesEveryKnownBit() {
        Endpoint e = new Endpoint(2, null, 0, 0x02 | 0x08 | 0x40, 0);
        assertEquals(EnumSet.of(Endpoint.Flag.SUBFLOW, Endpoint.Flag.FULLMESH), e.flagSet());
        assertEquals("fullmesh", Endpoint.Flag.FULLMESH.word());
    }
}
