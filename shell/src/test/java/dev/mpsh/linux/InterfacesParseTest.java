package dev.mpsh.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.netlink.NetlinkMessage;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RTM_NEWLINK / RTM_NEWADDR dump replies, as bytes, joined into interfaces. */
class InterfacesParseTest {
    private static NetlinkMessage msg(int type, String hex) {
        return new NetlinkMessage(type, 2, 1, 0, HexFormat.of().parseHex(hex));
    }

    @Test
    void linksAndAddressesJoinByIndexAndSortByIt() {
        List<NetlinkMessage> links = List.of(
                // ifinfomsg: family 0, type 1 (ether), index 3, flags UP|BROADCAST|RUNNING|MULTICAST (0x11043), change 0
                msg(Interfaces.RTM_NEWLINK, "00000100" + "03000000" + "43100100" + "00000000"
                        + "09000300" + "7665746800" + "000000"),  // IFLA_IFNAME "veth\0", length 9, padded to 12
                // index 1, flags UP|LOOPBACK|RUNNING (0x10049)
                msg(Interfaces.RTM_NEWLINK, "00000403" + "01000000" + "49000100" + "00000000" + "07000300" + "6c6f0000"),
                // index 2, down
                msg(Interfaces.RTM_NEWLINK, "00000100" + "02000000" + "02100000" + "00000000" + "09000300" + "65746831" + "00000000"));
        List<NetlinkMessage> addrs = List.of(
                // ifaddrmsg: AF_INET, /24, flags 0x80, scope 0, index 3; IFA_ADDRESS then IFA_LOCAL
                msg(Interfaces.RTM_NEWADDR, "02188000" + "03000000" + "08000100" + "0a000001" + "08000200" + "0a000001"),
                // AF_INET6 fd00::1/64 on index 3: IFA_ADDRESS only
                msg(Interfaces.RTM_NEWADDR, "0a408000" + "03000000" + "14000100" + "fd000000000000000000000000000001"),
                // a point-to-point address: IFA_LOCAL is ours, IFA_ADDRESS is the peer
                msg(Interfaces.RTM_NEWADDR, "02208000" + "02000000" + "08000100" + "0a090909" + "08000200" + "0a010101"));
        assertEquals(List.of(
                new Interfaces.Iface(1, "lo", true, List.of()),
                new Interfaces.Iface(2, "eth1", false, List.of("10.1.1.1/32")),
                new Interfaces.Iface(3, "veth", true, List.of("10.0.0.1/24", "fd00::1/64"))),
                Interfaces.build(links, addrs));
    }
}
