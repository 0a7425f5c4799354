package dev.mpsh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostPortAndDurationTest {

    @Test
    void parsesIpv4AndBracketedIpv6() {
        assertEquals(new InetSocketAddress("10.0.83.1", 80), HostPort.parse("10.0.83.1:80"));
        assertEquals(new InetSocketAddress("2001:db8::1", 8081), HostPort.parse("[2001:db8::1]:8081"));
        assertEquals("[2001:db8::1]:8081", HostPort.format(HostPort.parse("[2001:db8::1]:8081")));
        assertEquals("10.0.83.1:80", HostPort.format(HostPort.parse(" 10.0.83.1:80 ")));
    }

    @Test
    void malformedAddressesSayWhatIsExpected() {
        for (String bad : new String[] {"10.0.83.1", "10.0.83.1:", ":80", "10.0.83.1:http", "[::1]80", "a:b:c", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse(bad), bad);
            assertEquals("malformed address '" + bad + "': expects HOST:PORT, e.g. 192.0.2.1:80", e.getMessage());
        }
        assertEquals("'example.com' is not an IPv4 address; HOST:PORT expects an IP address, e.g. 192.0.2.1:80",
                assertThrows(IllegalArgumentException.class, () -> HostPort.parse("example.com:80")).getMessage());
        assertEquals("'10.0.83.256' is not an IPv4 address; HOST:PORT expects an IP address, e.g. 192.0.2.1:80",
                assertThrows(IllegalArgumentException.class, () -> HostPort.parse("10.0.83.256:80")).getMessage());
    }

    @Test
    void portMustBeInRange() {
        assertEquals("port must be 1-65535, got 0", assertThrows(IllegalArgumentException.class, () -> HostPort.parse("10.0.83.1:0")).getMessage());
        assertEquals("port must be 1-65535, got 65536", assertThrows(IllegalArgumentException.class, () -> HostPort.parse("10.0.83.1:65536")).getMessage());
        assertEquals(65535, HostPort.parse("10.0.83.1:65535").getPort());
    }

    @Test
    void durationsInSecondsMillisecondsOrBareSeconds() {
        assertEquals(Duration.ofSeconds(3), Durations.parse("3s"));
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(2), Durations.parse("2"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("1.5s"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals("3s", Durations.format(Duration.ofSeconds(3)));
        assertEquals("500ms", Durations.format(Duration.ofMillis(500)));
    }

    @Test
    void badDurationsAreRejected() {
        assertEquals("bad duration 'soon': use e.g. 3s, 500ms or 2 (seconds)",
                assertThrows(IllegalArgumentException.class, () -> Durations.parse("soon")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-1s"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("3h"));
    }
}
