package dev.mpsh.confine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The confinement rules without a lab: lab t07, with t03's namespaces on the host as well. */
class ConfinementTest {
    private static final Set<String> HOST = Set.of("t07-client", "t07-Router", "t03-client", "t03-Router", "client", "other");
    private static final ProgramLine LINE = new ProgramLine(Set.of("t07-client", "t07-Router"),
            w -> !w.startsWith("t07-") && HOST.contains(w));

    private static String refusal(String line) {
        return LINE.refusal(List.of(line.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ip netns exec t03-client ip addr",
            "ip net e t03-client ip addr",
            "ip -n t03-client addr",
            "ip -netns t03-client addr",
            "ip --netns t03-client link",
            "tc -n t03-client qdisc",
            "ip -all netns exec ip addr",
            "ip netns exec t07-client ip netns exec t03-client true",
            "ip netns add new1",
            "ip netns del t03-client",
            "ip link set eth1 netns t03-client",
            "ip link set eth1 netns 1",
            "nsenter --net=/run/netns/t03-client true",
            "nsenter -t 1 -n ip addr",
            "unshare -n true",
            "ls /run/netns/t03-client",
            "cat /proc/1/ns/net",
            "readlink /proc/self/task/12/ns/net",
            "ss -tan --net=t03-client",
            "ss -N t03-client",
            "t03-client ip addr",
            "bash",
            "/bin/sh -c id",
            "timeout 5 bash",
            "env A=1 python3",
            "sudo ip addr",
            "mpsh --lab t03",
            "ip addr --lab t03",
            "watch ip -n t03-client addr",
            "ip -b /tmp/cmds",
    })
    void refusesWhatReachesBeyondTheLab(String line) {
        assertNotNull(refusal(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ip addr",
            "ip -br addr",
            "ip -n t07-client addr",
            "ip netns exec t07-Router ip -br link",
            "ip netns list",
            "ip netns",
            "ip netns identify 1234",
            "ls /run/netns",
            "ls /run/netns/t07-client",
            "sysctl net.mptcp.enabled",
            "tcpdump -ni eth1 tcp port 80",
            "ss -tniM",
            "nft list ruleset",
            "ping -c1 -n 10.0.81.1",
            "ip mptcp endpoint show",
            "ip link set eth1 netns t07-Router",
    })
    void letsTheLabsOwnWorkRun(String line) {
        assertNull(refusal(line), line);
    }

    @Test
    void aQuotedCommandIsReadToo() {
        assertNotNull(LINE.refusal(List.of("watch", "-n1", "ip -n t03-client addr")));
        assertNotNull(LINE.refusal(List.of("xargs", "-I{}", "sh", "-c", "echo {}")));
    }

    /** Runs a line in a shell confined to lab t07 (no lab is built: refusals come before anything runs). */
    private static Run confined(String line, String startIn) {
        Dispatcher d = Commands.dispatcher(new dev.mpsh.ns.ProcessRunner() {
            @Override
            public int run(List<String> argv, dev.mpsh.command.CommandContext ctx) {
                return 0; // a program that would run: allowed
            }
        });
        Session s = new Session("t07");
        s.namespaces(new FakeNamespaces("t07-"));
        s.guard(new Confinement("t07", HOST::contains));
        s.startIn(startIn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(s, d.registry(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> null, new Cancellation(), Style.PLAIN, false);
        int status = d.execute(line, ctx);
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    record Run(int status, String err) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"ns t03-client", "ns host", "ns other", "sh ip addr", "class status", "class board", "class down",
            "--lab t03", "subflows --netns t03-client", "subflows --host", "counters --netns other",
            "ip netns exec t03-client ip addr", "t03-client ip addr"})
    void aConfinedShellRefusesInOneLine(String line) {
        Run r = confined(line, "client");
        assertEquals(Dispatcher.STATUS_REFUSED, r.status(), line + ": " + r.err());
        assertTrue(r.err().startsWith("mpsh: refused: this shell is confined to lab 't07': "), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void aSessionOnAnotherLabIsRefusedWhole() {
        Session s = new Session("t03");
        s.namespaces(new FakeNamespaces("t03-"));
        s.startIn("client");
        dev.mpsh.command.Command fix = Commands.all().find("fix").orElseThrow();
        String why = new Confinement("t07", HOST::contains).refusal(fix, List.of("fix", "list"), false, s);
        assertNotNull(why, "a replay told '--lab t03' must not make t03 the confined shell's own");
    }

    /** Not refused (what then happens needs a lab: here the namespaces are not there). */
    private static void allowed(String line, String startIn) {
        Run r = confined(line, startIn);
        assertTrue(r.status() != Dispatcher.STATUS_REFUSED && !r.err().contains("refused"), line + ": " + r.err());
    }

    @Test
    void programsRunOnlyInTheLabsNamespaces() {
        allowed("ip addr", "client");
        allowed("Router ip addr", null);
        allowed("ns Router", "client");
        allowed("ns", "client");
        Run host = confined("ip addr", null);
        assertEquals(Dispatcher.STATUS_REFUSED, host.status());
        assertTrue(host.err().contains("not the host's"), host.err());
        Session s = new Session("t07");
        s.namespaces(new FakeNamespaces("t07-"));
        s.startIn(null);
        s.namespace("Router");
        Confinement guard = new Confinement("t07", HOST::contains);
        dev.mpsh.command.Command ns = Commands.all().find("ns").orElseThrow();
        assertNotNull(guard.refusal(ns, List.of("ns", "-"), false, s), "'ns -' back to the host");
        s.namespace("client");
        assertNull(guard.refusal(ns, List.of("ns", "-"), false, s), "'ns -' back to Router");
    }
}
