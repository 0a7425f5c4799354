package dev.mpsh.ns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.RecordingRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamespaceCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RecordingRunner runner = RecordingRunner.recording();
    private final Dispatcher dispatcher = Commands.dispatcher(runner);
    private final Session session = new Session("t1");

    private int run(String line) {
        out.reset();
        err.reset();
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false);
        return dispatcher.execute(line, ctx);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passthroughKeepsTheProgramsOwnHelpAndJsonOptions() {
        assertEquals(0, run("ip --json addr --help"));
        assertEquals(List.of(List.of("ip", "--json", "addr", "--help")), runner.runs);
    }

    @Test
    void shRunsOnTheHostAndSaysSo() {
        session.namespaces(new FakeNamespaces("t1-"));
        session.namespace("client");
        assertEquals(0, run("sh ip -j link"));
        assertEquals(List.of(List.of("ip", "-j", "link")), runner.runs);
        assertTrue(err().startsWith("(host namespace) ip -j link"), err());
        runner.runs.clear();
        assertEquals(0, run("sh -c 'ip a | grep x'"));
        assertEquals(List.of(List.of("sh", "-c", "ip a | grep x")), runner.runs);
        assertEquals(0, run("sh --help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: sh"));
    }

    @Test
    void anUnknownProgramIsOneLineWithStatus127() {
        assertEquals(127, run("no-such-program-xyz --flag"));
        assertEquals("mpsh: unknown command 'no-such-program-xyz': neither an mpsh command nor a program on PATH; "
                + "type 'help' for mpsh commands\n", err());
        assertTrue(runner.runs.isEmpty());
    }

    @Test
    void nsEntersGoesBackAndRefusesUnknownNames() {
        session.namespaces(new FakeNamespaces("t1-"));
        assertEquals(2, run("ns nowhere"));
        assertEquals("ns: no namespace 'nowhere'; choose one of client, Router, LB, switch, app-1, app-2\n", err());
        assertEquals(1, run("ns -"));
        assertTrue(err().contains("no previous namespace"), err());
        session.namespace("client");
        assertEquals(0, run("ns host"));
        assertNull(session.namespace());
        assertEquals(0, run("ns -"));
        assertEquals("client", session.namespace());
    }

    @Test
    void nsRefusesANamespaceOfALabThatIsDown() {
        session.namespaces(new FakeNamespaces("t1-").up(false));
        assertEquals(1, run("enter client"));
        assertEquals("ns: namespace 'client' is not there because the lab is down; 'lab up' builds it\n", err());
    }

    @Test
    void nsListsAsJsonEvenWhenTheLabIsDown() {
        session.namespaces(new FakeNamespaces("t1-").up(false));
        assertEquals(0, run("ns --json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"schema\":1,\"lab\":\"t1\",\"up\":false,\"current\":null,\"namespaces\":[{\"name\":\"client\",\"netns\":\"t1-client\""), json);
    }

    @Test
    void aNamespaceNameFirstRunsTheRestThereOrSaysItIsNotThere() {
        session.namespaces(new FakeNamespaces("t1-"));
        assertEquals(1, run("client ip addr"));
        assertEquals("mpsh: namespace 'client' is not there (/run/netns/t1-client is missing); 'lab up' builds the lab\n", err());
        // 'client' alone is the echo client command: it connects to the scenario's address, from there.
        assertEquals(1, run("client"));
        assertTrue(err().contains("lab is down"), err());
        assertEquals(2, run("app-1"));
        assertTrue(err().contains("'ns app-1'"), err());
    }

    @Test
    void pipesGoThroughSh() {
        assertEquals(0, run("ip -br link | grep 'eth 0'"));
        assertEquals(List.of(List.of("sh", "-c", "ip -br link | grep 'eth 0'")), runner.runs);
    }

    /** A real namespace (unique name, removed after): NAME CMD runs there via ip netns exec. */
    @Test
    void namedNamespaceRunsARealProgram() throws Exception {
        LabTests.requireLab();
        String name = LabTests.uniqueLabName() + "-ns";
        assertEquals(0, new ProcessBuilder("ip", "netns", "add", name).inheritIO().start().waitFor());
        try {
            Dispatcher real = Commands.dispatcher(new ChildProcessRunner());
            CommandContext ctx = new CommandContext(session, real.registry(), System.out, System.err,
                    () -> null, new Cancellation(), Style.PLAIN, false);
            assertEquals(0, real.execute(name + " ip link set lo up", ctx));
            // lo is up in the new namespace only: the pipe ran there, not on the host.
            assertEquals(0, real.execute(name + " ip -o link show | grep -c LOOPBACK,UP | grep -qx 1", ctx.next()));
            assertEquals(1, real.execute(name + " ip -o link show | grep -q eth0", ctx.next()));
            assertEquals(1, real.execute(name + " false", ctx.next()));
            assertEquals(0, real.execute("ns " + name, ctx.next()));
            assertEquals(0, real.execute("test -e /proc/sys/net/mptcp/enabled", ctx.next()));
        } finally {
            new ProcessBuilder("ip", "netns", "del", name).inheritIO().start().waitFor();
        }
    }
}
