package dev.mpsh.mib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** /proc/net/netstat and /proc/net/snmp as captured in the fixed lab's client namespace (Linux 6.18). */
class MibTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(MibTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void everyGroupAndCounterOfTheKernelIsRead() throws IOException {
        Mib mib = Mib.parse(resource("netstat-client.txt") + "\n" + resource("snmp-client.txt"));
        assertEquals(76, mib.group("MPTcpExt").size(), "this kernel's MPTcpExt counters");
        assertEquals("MPCapableSYNRX", mib.group("MPTcpExt").keySet().iterator().next(), "in the kernel's order");
        assertEquals(22L, mib.get("MPTcpExt", "MPCapableSYNACKRX"));
        assertNotNull(mib.get("TcpExt", "SyncookiesSent"));
        assertNotNull(mib.get("Ip", "InAddrErrors"));
        assertEquals(-1L, mib.get("Tcp", "MaxConn"), "a negative value is a value");
        assertNull(mib.get("MPTcpExt", "NoSuchCounter"), "a counter the kernel lacks is not there");
        assertTrue(mib.group("NoSuchGroup").isEmpty());
    }

    @Test
    void linesThatDoNotPairAreSkipped() {
        Mib mib = Mib.parse("MPTcpExt: A B\nMPTcpExt: 1 2\nTcpExt: X Y\nIpExt: Z\nIpExt: 5\nJunk\nMPTcpExt: C\n");
        assertEquals(2L, mib.get("MPTcpExt", "B"));
        assertNull(mib.get("TcpExt", "X"), "a names line without its values");
        assertEquals(5L, mib.get("IpExt", "Z"));
    }

    @Test
    void everyCounterOfThisKernelHasAMeaning() throws IOException {
        Mib mib = Mib.parse(resource("netstat-client.txt"));
        for (String name : mib.group("MPTcpExt").keySet()) {
            assertNotNull(CounterMeanings.of(name), name + " has no line in mptcp-counters.txt");
        }
        assertTrue(CounterMeanings.of("MPJoinNoTokenFound").contains("token"));
    }
}
