package dev.mpsh.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.netlink.AttrWriter;
import dev.mpsh.netlink.NetlinkMessage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RTM_NEWROUTE replies as the kernel sends them, parsed into routes. */
class RoutesParseTest {
    private static final int RTA_DST = 1;
    private static final int RTA_OIF = 4;
    private static final int RTA_GATEWAY = 5;
    private static final int RTA_TABLE = 15;

    /** struct rtmsg: family, dst_len, src_len, tos, table, protocol, scope, type, flags. */
    private static NetlinkMessage route(int dstLen, byte[] dst, byte[] gateway, int table, int protocol, int flags) {
        ByteBuffer rtmsg = ByteBuffer.allocate(Routes.RTMSG_SIZE).order(ByteOrder.nativeOrder());
        rtmsg.put((byte) LibC.AF_INET).put((byte) dstLen).put((byte) 0).put((byte) 0)
                .put((byte) 252).put((byte) protocol).put((byte) 0).put((byte) Routes.RTN_UNICAST).putInt(flags);
        AttrWriter w = new AttrWriter().raw(rtmsg.array()).u32(RTA_TABLE, table).u32(RTA_OIF, 3);
        if (dst != null) {
            w.attr(RTA_DST, dst);
        }
        w.attr(RTA_GATEWAY, gateway);
        return new NetlinkMessage(Routes.RTM_NEWROUTE, 2, 1, 0, w.bytes());
    }

    @Test
    void aCachedExceptionIsNotARoute() {
        byte[] gw = {10, 0, 82, 1};
        List<Routes.Route> routes = Routes.parse(List.of(
                route(0, null, gw, 102, Routes.RTPROT_BOOT, 0),
                // what a dump without strict checking adds after a PMTU or redirect: RTM_F_CLONED, proto unspec
                route(32, new byte[] {10, 0, 83, 1}, gw, 102, 0, Routes.RTM_F_CLONED)));
        assertEquals(List.of(new Routes.Route(102, "default", "10.0.82.1", 3, 0, Routes.RTPROT_BOOT, 0, null)), routes);
    }
}
