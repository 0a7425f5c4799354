package dev.mpsh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {
    private static final String GOOD = """
            # a tiny two-namespace scenario
            scenario tiny
            title en Tiny
            title ja 小さい

            namespace a
            namespace b
            setup a ip link add x type veth peer name y netns {ns:b}
            setup b ip addr add 10.0.0.2/24 dev y
            setup a nft 'add table netdev t'
            server echo-b b echo 0.0.0.0:80

            fix b-vip b
              title en VIP on lo
              title ja loにVIP
              explain en The backend must own
              explain en the VIP (it's the key).
              explain ja バックエンドがVIPを持つ。
              apply ip addr add 10.0.83.1/32 dev lo
              revert ip addr del 10.0.83.1/32 dev lo
              probe address b lo has 10.0.83.1/32
            fix b-signal b
              title en signal
              title ja シグナル
              explain en announce
              explain ja 広報
              apply ip mptcp endpoint add 10.0.83.1 dev y port 8081 signal
              revert ip mptcp endpoint flush
              probe endpoint b 10.0.83.1 dev y port 8081 flags signal
              probe limits b subflows>=2 add_addr_accepted>=2
              probe sysctl b net.mptcp.allow_join_initial_addr_port = 0
              requires b-vip
            """;

    @Test
    void readsRuleAndNftProbes() throws Exception {
        String text = GOOD.replace("probe address b lo has 10.0.83.1/32", """
                probe address b lo has 10.0.83.1/32
                  probe rule a from 10.0.82.10 table 102
                  probe rule a from 10.0.0.0/8 table main
                  probe nft b inet fw from-wifi without tcp-option mptcp
                  probe nft b netdev lb ingress without tcp-option 2""");
        List<Probe> probes = ScenarioParser.parse("tiny.scenario", text).fixes().get(0).probes();
        assertEquals(List.of(new Probe.Address("b", "lo", "10.0.83.1/32"),
                new Probe.Rule("a", "10.0.82.10/32", 102),
                new Probe.Rule("a", "10.0.0.0/8", 254),
                new Probe.Nft("b", "inet", "fw", "from-wifi", 30),
                new Probe.Nft("b", "netdev", "lb", "ingress", 2)), probes);
        assertEquals("rule a from 10.0.82.10/32 table 102", probes.get(1).describe());
        assertEquals("nft b inet fw from-wifi without tcp-option mptcp", probes.get(3).describe());
        assertEquals("nft b netdev lb ingress without tcp-option maxseg", probes.get(4).describe());
    }

    @Test
    void readsEveryPartOfAGoodFile() throws Exception {
        Scenario s = ScenarioParser.parse("tiny.scenario", GOOD);
        assertEquals("tiny", s.id());
        assertEquals(new Localized("Tiny", "小さい"), s.title());
        assertEquals(List.of("a", "b"), s.namespaces());
        assertEquals(3, s.setup().size());
        NsCommand veth = s.setup().get(0);
        assertEquals("a", veth.namespace());
        assertEquals(8, veth.line());
        assertEquals(List.of("ip", "link", "add", "x", "type", "veth", "peer", "name", "y", "netns", "lab-b"),
                veth.expand(n -> "lab-" + n));
        assertEquals(List.of("nft", "add table netdev t"), s.setup().get(2).words());
        assertEquals(new Server("echo-b", "b", "echo", "0.0.0.0", 80), s.server("echo-b").orElseThrow());

        Fix vip = s.fix("b-vip").orElseThrow();
        assertEquals("The backend must own the VIP (it's the key).", vip.explanation().en());
        assertEquals(List.of(new Probe.Address("b", "lo", "10.0.83.1/32")), vip.probes());
        Fix signal = s.fix("b-signal").orElseThrow();
        assertEquals(List.of("b-vip"), signal.requires());
        assertEquals(List.of(
                new Probe.Endpoint("b", "10.0.83.1", "y", 8081, Set.of("signal")),
                new Probe.Limits("b", Map.of("subflows", 2, "add_addr_accepted", 2)),
                new Probe.Sysctl("b", "net.mptcp.allow_join_initial_addr_port", "0")), signal.probes());
        assertEquals("endpoint b 10.0.83.1 dev y port 8081 flags signal", signal.probes().get(0).describe());
    }

    /** Each row: a line inserted into a good file (replacing its line LINE), and the expected error. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|scenarioo tiny|t.scenario:2: unknown keyword 'scenarioo'; expected scenario, title, namespace, setup, server, wan, traffic or fix",
        "2|scenario Tiny|t.scenario:2: scenario id 'Tiny' is not valid; use lower-case letters, digits and '-'",
        "3|title fr Petit|t.scenario:3: 'title' needs a language, en or ja, then the text, e.g. 'title en ...'",
        "3|title en|t.scenario:3: 'title en' has no text",
        "7|namespace a|t.scenario:7: namespace 'a' is declared twice",
        "8|setup c ip link add x type dummy|t.scenario:8: namespace 'c' is not declared; add 'namespace c' before it is used",
        "8|setup a bash -c reboot|t.scenario:8: program 'bash' is not allowed; a scenario runs only ip, sysctl, nft, tc, bridge",
        "8|setup a ip link add x type veth peer name y netns {ns:zz}|t.scenario:8: {ns:zz} names no declared namespace; declare it with 'namespace zz' first",
        "8|setup a ip link set {ns:b dev x|t.scenario:8: malformed placeholder in '{ns:b'; write {ns:NAME}",
        "8|setup a ip mptcp endpoint delete id {endpoint-id:10.0.0}|t.scenario:8: malformed placeholder '{endpoint-id:10.0.0}'; write {endpoint-id:ADDR} or {endpoint-id:ADDR:PORT} as a word of its own, e.g. 'ip mptcp endpoint delete id {endpoint-id:10.0.0.1}'",
        "10|setup a nft 'add table|t.scenario:10: unclosed single quote; close it with '",
        "11|server echo-b b echo 0.0.0.0|t.scenario:11: server listen address '0.0.0.0' is not HOST:PORT with an IPv4 host, e.g. 0.0.0.0:80",
        "11|server echo-b b echo 0.0.0.0:70000|t.scenario:11: port '70000' is not a number from 1 to 65535",
        "11|server echo-b b|t.scenario:11: expected 'server NAME NS KIND HOST:PORT, e.g. server app-1 app-1 echo 0.0.0.0:80'",
        "16|titel en x|t.scenario:16: unknown keyword 'titel' in fix 'b-vip'; expected fix, title, explain, apply, revert, probe, requires, symptom, evidence, check",
        "16|namespace c|t.scenario:16: 'namespace' after the first fix; put scenario, namespace, setup, server, wan and traffic lines before the fixes",
        "21|probe address b lo 10.0.83.1/32|t.scenario:21: probe address needs 'address NS DEV has ADDR/PREFIX', e.g. 'probe address app-1 lo has 10.0.83.1/32'",
        "21|probe address b lo has 10.0.83.1/33|t.scenario:21: '10.0.83.1/33' is not ADDR/PREFIX, e.g. 10.0.83.1/32",
        "21|probe route b default|t.scenario:21: unknown probe kind 'route'; expected sysctl, address, endpoint, limits, rule or nft",
        "21|probe rule a from 10.0.82.10 lookup 102|t.scenario:21: probe rule needs 'rule NS from ADDR table TABLE', e.g. 'probe rule client from 10.0.82.10 table 102'",
        "21|probe rule a from cellular table 102|t.scenario:21: 'cellular' is not an address or ADDR/PREFIX, e.g. 10.0.82.10",
        "21|probe rule a from 10.0.82.10 table cell|t.scenario:21: table 'cell' is not a table number (1 to 4294967295) or main, local, default",
        "21|probe nft b inet fw from-wifi with tcp-option mptcp|t.scenario:21: probe nft needs 'nft NS FAMILY TABLE CHAIN without tcp-option OPTION', e.g. 'probe nft firewall inet fw from-wifi without tcp-option mptcp'",
        "21|probe nft b inet6 fw from-wifi without tcp-option mptcp|t.scenario:21: nft family 'inet6' is unknown; expected ip, ip6, inet, arp, bridge, netdev",
        "21|probe nft b inet fw from;wifi without tcp-option mptcp|t.scenario:21: nft table or chain name 'from;wifi' is not valid; use letters, digits, '_', '-', '.'",
        "21|probe nft b inet fw from-wifi without tcp-option mp-join|t.scenario:21: tcp-option 'mp-join' is not a TCP option kind (0 to 255) or one of maxseg, mptcp, sack, sack-perm, timestamp, window",
        "21|probe sysctl b net.ipv4.ip_forward 1|t.scenario:21: probe sysctl needs 'sysctl NS KEY = VALUE', e.g. 'probe sysctl LB net.ipv4.conf.all.accept_local = 1'",
        "21|probe sysctl b|t.scenario:21: probe sysctl needs 'sysctl NS KEY = VALUE', e.g. 'probe sysctl LB net.ipv4.conf.all.accept_local = 1'",
        "21|probe sysctl zz net.ipv4.ip_forward = 1|t.scenario:21: namespace 'zz' is not declared; add 'namespace zz' before it is used",
        "29|probe endpoint b 10.0.83.1 dev y port 8081|t.scenario:29: probe endpoint needs 'endpoint NS ADDR [dev DEV] [port P] flags F[,F...]'; the flags are missing",
        "29|probe endpoint b 10.0.83.1 flags signal,magic|t.scenario:29: endpoint flag 'magic' is unknown; expected signal, subflow, backup, fullmesh, implicit",
        "29|probe endpoint b vip flags signal|t.scenario:29: probe endpoint needs 'endpoint NS ADDR [dev DEV] [port P] flags F[,F...]'; 'vip' is not an address",
        "29|probe endpoint b 10.0.83.1 via y flags signal|t.scenario:29: probe endpoint needs 'endpoint NS ADDR [dev DEV] [port P] flags F[,F...]'; 'via' is not dev, port or flags",
        "30|probe limits b subflows>2|t.scenario:30: limit 'subflows>2' is not subflows>=N or add_addr_accepted>=N",
        "30|probe limits b|t.scenario:30: probe limits needs at least one of subflows>=N add_addr_accepted>=N",
        "32|requires b-nope|t.scenario:32: fix 'b-signal' requires 'b-nope', which is not another fix of this scenario",
        "32|requires b-signal|t.scenario:32: fix 'b-signal' requires 'b-signal', which is not another fix of this scenario",
        "22|fix b-vip b|t.scenario:22: fix 'b-vip' is declared twice",
        "22|fix b-x zz|t.scenario:22: namespace 'zz' is not declared; add 'namespace zz' before it is used",
        "20|# no revert any more|t.scenario:13: fix 'b-vip' needs at least one apply, one revert and one probe line",
        "15|# no Japanese title|t.scenario:13: fix 'b-vip' has no 'title ja' line; every text is given in en and ja",
        "2|# no scenario line|t.scenario:0: no 'scenario ID' line; start the file with e.g. 'scenario handover'",
    })
    void reportsEachMalformedLineWithItsNumber(int line, String replacement, String expected) {
        List<String> lines = new java.util.ArrayList<>(List.of(GOOD.split("\n", -1)));
        lines.set(line - 1, replacement);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioParser.parse("t.scenario", String.join("\n", lines)));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aFileWithoutNamespacesIsRejected() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioParser.parse("t.scenario", "scenario x\ntitle en X\ntitle ja X\n"));
        assertEquals("t.scenario:0: no namespaces; declare them with 'namespace NAME'", e.getMessage());
    }
}
