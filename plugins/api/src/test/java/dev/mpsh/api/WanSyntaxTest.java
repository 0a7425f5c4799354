package dev.mpsh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wan and traffic lines: what lab shape and drill read from a scenario. */
class WanSyntaxTest {
    private static final String HEAD = """
            scenario two-wans
            title en Two WANs
            title ja 二つのWAN
            namespace phone
            namespace isp1
            namespace isp2
            """;

    private static Scenario parse(String lines) throws ScenarioFormatException {
        return ScenarioParser.parse("w.scenario", HEAD + lines);
    }

    @Test
    void readsEachWanWithItsOwnRouterAndTheTrafficTarget() throws Exception {
        Scenario s = parse("""
                wan phone wlan0 192.0.2.10 peer isp1 to-phone label Wi-Fi
                wan phone wwan0 198.51.100.10 peer isp2 to-phone
                traffic 203.0.113.1:80
                """);
        assertEquals(List.of(
                new Wan("phone", "wlan0", "192.0.2.10", "isp1", "to-phone", "Wi-Fi"),
                new Wan("phone", "wwan0", "198.51.100.10", "isp2", "to-phone", "wwan0")), s.wans().links());
        assertEquals("203.0.113.1:80", s.wans().target());
        assertEquals("wlan0", s.wans().find("wi-fi").orElseThrow().device());
        assertEquals("wwan0", s.wans().find("wwan0").orElseThrow().device());
        assertEquals(java.util.Optional.empty(), s.wans().find("eth9"));
    }

    @Test
    void aScenarioWithoutWanLinesHasNone() throws Exception {
        assertSame(Wans.NONE, parse("").wans());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wan phone wlan0 192.0.2.10 isp1 to-phone|w.scenario:7: expected 'wan NS DEV ADDR peer PEER-NS PEER-DEV [label LABEL]', e.g. 'wan client eth1 10.0.81.10 peer Router veth-rt-wifi label Wi-Fi'",
        "wan phone wlan0 192.0.2.10 peer isp1 to-phone name x|w.scenario:7: expected 'wan NS DEV ADDR peer PEER-NS PEER-DEV [label LABEL]', e.g. 'wan client eth1 10.0.81.10 peer Router veth-rt-wifi label Wi-Fi'",
        "wan tablet wlan0 192.0.2.10 peer isp1 to-phone|w.scenario:7: namespace 'tablet' is not declared; add 'namespace tablet' before it is used",
        "wan phone wlan0 192.0.2 peer isp1 to-phone|w.scenario:7: wan address '192.0.2' is not an IPv4 address; give the client's address on wlan0",
        "wan phone a-very-long-interface-name 192.0.2.10 peer isp1 x|w.scenario:7: interface name 'a-very-long-interface-name' is not valid; use at most 15 letters, digits, '_', '.', '-'",
        "wan phone wlan0 192.0.2.10 peer phone to-phone|w.scenario:7: the peer of wan wlan0 is in its own namespace phone; name the router at the other end of the link",
        "traffic 203.0.113.1|w.scenario:7: '203.0.113.1' is not ADDR:PORT with an IPv4 address, e.g. 10.0.83.1:80",
        "traffic 203.0.113.1:0|w.scenario:7: port '0' is not a number from 1 to 65535",
    })
    void reportsEachBadLineWithItsNumber(String line, String expected) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> parse(line + "\n"));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aWanOrLabelDeclaredTwiceAndASecondTrafficLineAreRejected() {
        ScenarioFormatException twice = assertThrows(ScenarioFormatException.class, () -> parse("""
                wan phone wlan0 192.0.2.10 peer isp1 to-phone
                wan phone wlan0 192.0.2.11 peer isp2 to-phone
                """));
        assertEquals("w.scenario:8: wan wlan0 in phone is declared twice", twice.getMessage());
        ScenarioFormatException label = assertThrows(ScenarioFormatException.class, () -> parse("""
                wan phone wlan0 192.0.2.10 peer isp1 to-phone label fast
                wan phone wwan0 198.51.100.10 peer isp2 to-phone label FAST
                """));
        assertEquals("w.scenario:8: wan wwan0: the name or label 'FAST' is already used by wan wlan0", label.getMessage());
        ScenarioFormatException traffic = assertThrows(ScenarioFormatException.class,
                () -> parse("traffic 203.0.113.1:80\ntraffic 203.0.113.2:80\n"));
        assertEquals("w.scenario:8: second 'traffic' line; a scenario has one default traffic target", traffic.getMessage());
    }

    @Test
    void wanLinesBelongBeforeTheFixes() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> parse("""
                fix f phone
                  title en F
                  title ja F
                wan phone wlan0 192.0.2.10 peer isp1 to-phone
                """));
        assertEquals("w.scenario:10: 'wan' after the first fix; put scenario, namespace, setup, server, wan and traffic lines before the fixes",
                e.getMessage());
    }
}
