package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Did you mean …?" for mistyped commands, options, subcommands and namespaces, through the real commands. */
class DidYouMeanTest {
    private final Typed typed = new Typed();

    private Typed.Run type(String line) {
        return typed.type(line);
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
        Typed.Run r = type("chekc");
        assertEquals(127, r.status(), r.toString());
        assertTrue(r.err().contains("unknown command 'chekc'") && r.err().contains("did you mean 'check'?"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        Typed.Run ns = type("clinet ip addr");
        assertTrue(ns.err().contains("did you mean 'client'?"), ns.err());
    }

    @Test
    void aMistypedOptionNamesTheClosestOptionOfThatCommand() {
        Typed.Run r = type("drill wan-down eth1 --att 2s");
        assertEquals(2, r.status(), r.toString());
        assertEquals("drill: unknown option '--att'; did you mean '--at'? see 'drill --help'", r.err());
        Typed.Run far = type("drill wan-down eth1 --zzzzzz");
        assertEquals("drill: unknown option '--zzzzzz'; see 'drill --help'", far.err());
        Typed.Run client = type("client -adr 10.0.0.1:80");
        assertTrue(client.err().contains("did you mean '-addr'?"), client.err());
    }

    @Test
    void aMistypedSubcommandOrNamespaceNamesTheClosestOne() {
        Typed.Run lab = type("lab stauts");
        assertEquals(2, lab.status(), lab.toString());
        assertTrue(lab.err().startsWith("lab: unknown subcommand 'stauts'; did you mean 'status'?"), lab.err());
        Typed.Run ns = type("ns app1");
        assertTrue(ns.err().contains("no namespace 'app1'; did you mean 'app-1'?"), ns.err());
    }
}
