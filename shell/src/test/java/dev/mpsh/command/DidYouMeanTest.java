package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import dev.mpsh.testing.RecordingRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Did you mean …?" for mistyped commands, options, subcommands and namespaces, through the real commands. */
class DidYouMeanTest {
    private final Dispatcher dispatcher = Commands.dispatcher(RecordingRunner.recording());

    private record Run(int status, String err) {
    }

    private Run type(String line) {
        Session session = new Session("t1");
        session.namespaces(new FakeNamespaces("t1-"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = dispatcher.execute(line, new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false));
        return new Run(status, err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void closestIsOnlyATypoAway() {
        assertEquals(Optional.of("check"), DidYouMean.closest("chekc", List.of("check", "client", "counters")));
        assertEquals(Optional.of("--json"), DidYouMean.closest("-json", List.of("--json", "--lang")));
        assertEquals(Optional.of("app-1"), DidYouMean.closest("app1", List.of("client", "app-1", "app-2")));
        assertEquals(Optional.empty(), DidYouMean.closest("zzzzzz", List.of("check", "client")));
        assertEquals(Optional.empty(), DidYouMean.closest("x", List.of("ab")));
        assertEquals(Optional.empty(), DidYouMean.closest("check", List.of("check")));
    }

    @Test
    void optionsAreTheWordsOfUsageAndOptionLines() {
        String help = """
                usage: drill wan-down|blackhole WAN [--at DURATION]
                             [-addr HOST:PORT] [-v]

                Some text that names ip -br addr and --not-an-option in passing.
                  --at DURATION      when the WAN fails
                  --for DURATION     how long (--length grows with it)

                examples:
                  drill wan-down eth1 --at 2s
                """;
        assertEquals(Set.of("--at", "-addr", "-v", "--for", "--help", "--json"), DidYouMean.options(help));
    }

    @Test
    void aMistypedCommandNamesTheClosestCommandOrNamespace() {
        Run r = type("chekc");
        assertEquals(127, r.status(), r.toString());
        assertTrue(r.err().contains("unknown command 'chekc'") && r.err().contains("did you mean 'check'?"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Run ns = type("clinet ip addr");
        assertTrue(ns.err().contains("did you mean 'client'?"), ns.err());
    }

    @Test
    void aMistypedOptionNamesTheClosestOptionOfThatCommand() {
        Run r = type("drill wan-down eth1 --att 2s");
        assertEquals(2, r.status(), r.toString());
        assertEquals("drill: unknown option '--att'; did you mean '--at'? see 'drill --help'", r.err());
        Run far = type("drill wan-down eth1 --zzzzzz");
        assertEquals("drill: unknown option '--zzzzzz'; see 'drill --help'", far.err());
        Run client = type("client -adr 10.0.0.1:80");
        assertTrue(client.err().contains("did you mean '-addr'?"), client.err());
    }

    @Test
    void aMistypedSubcommandOrNamespaceNamesTheClosestOne() {
        Run lab = type("lab stauts");
        assertEquals(2, lab.status(), lab.toString());
        assertTrue(lab.err().startsWith("lab: unknown subcommand 'stauts'; did you mean 'status'?"), lab.err());
        Run ns = type("ns app1");
        assertTrue(ns.err().contains("no namespace 'app1'; did you mean 'app-1'?"), ns.err());
    }
}
