package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One option convention for every command: -opt or --opt, --opt=VALUE, read from the help text. */
class OptionSpellingsTest {
    private static final String HELP = """
            usage: drill wan-down|blackhole WAN [--at DURATION] [--lang en|ja]
                         [-addr HOST:PORT] [-v] [--wide]

            Some text that names ip -br addr in passing.
              --at DURATION      when the WAN fails
              -msg TEXT          send TEXT
            """;
    private final OptionSpellings spellings = OptionSpellings.of(HELP);
    private final Typed typed = new Typed();

    private List<String> canonical(String... words) {
        return spellings.canonical(List.of(words));
    }

    @Test
    void eitherNumberOfDashesBecomesTheDeclaredSpelling() {
        assertEquals(List.of("--at", "2s", "-addr", "10.0.0.1:80"), canonical("-at", "2s", "--addr", "10.0.0.1:80"));
        assertEquals(List.of("--at", "2s", "-addr", "10.0.0.1:80"), canonical("--at", "2s", "-addr", "10.0.0.1:80"));
        assertEquals(List.of("--json", "--wide", "--help"), canonical("-json", "-wide", "-help"));
    }

    @Test
    void aValueMayFollowAnEqualsSign() {
        assertEquals(List.of("--at", "2s", "-addr", "10.0.0.1:80", "--lang", "ja"), canonical("--at=2s", "--addr=10.0.0.1:80", "-lang=ja"));
        assertTrue(spellings.takesValue("--lang"), "a list of choices is a value");
        assertFalse(spellings.takesValue("--wide"));
        // a flag takes no value: the word stays whole, and the command calls it unknown
        assertEquals(List.of("--wide=1"), canonical("--wide=1"));
    }

    @Test
    void valuesSingleLettersUndeclaredWordsAndWhatFollowsDoubleDashStayAsTyped() {
        assertEquals(List.of("-msg", "--at", "-v"), canonical("--msg", "--at", "-v"));
        assertEquals(List.of("--v", "-br", "--zzz", "eth1"), canonical("--v", "-br", "--zzz", "eth1"));
        assertEquals(List.of("--at", "1s", "--", "-at", "--addr"), canonical("-at", "1s", "--", "-at", "--addr"));
    }

    /** No command declares one name with both spellings, which would make the rewrite ambiguous. */
    @Test
    void noCommandDeclaresBothSpellingsOfOneName() {
        List<String> both = new ArrayList<>();
        for (Command c : typed.registry().commands()) {
            OptionSpellings o = OptionSpellings.of(c.help());
            for (String word : DidYouMean.options(c.help())) {
                String other = word.startsWith("--") ? word.substring(1) : "-" + word;
                if (word.length() > 3 && o.declares(other)) {
                    both.add(c.name() + " " + word);
                }
            }
        }
        assertEquals(List.of(), both);
    }

    /** Through the real commands: the other spelling does exactly what the declared one does. */
    @Test
    void everyCommandTakesBothSpellingsAlike() {
        String[][] pairs = {
            {"tui -addr nowhere", "tui --addr nowhere"},
            {"tui -addr nowhere", "tui --addr=nowhere"},
            {"watch -interval 0s", "watch --interval=0s"},
            {"watch -count 0", "watch --count 0"},
            {"check --lang xx", "check -lang=xx"},
            {"walkthrough --lang xx", "walkthrough -lang xx"},
            {"drill wan-down eth1 --at zz", "drill wan-down eth1 -at=zz"},
            {"client -timeout zz", "client --timeout=zz"},
            {"client --bulk zz", "client -bulk zz"},
        };
        for (String[] p : pairs) {
            Typed.Run declared = typed.type(p[0]);
            Typed.Run other = typed.type(p[1]);
            assertNotEquals(0, declared.status(), p[0] + ": " + declared);
            assertEquals(declared, other, p[1] + " differs from " + p[0]);
            assertFalse(declared.err().contains("unknown option"), declared.err());
        }
    }
}
