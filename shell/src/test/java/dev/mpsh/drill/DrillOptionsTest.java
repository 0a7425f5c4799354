package dev.mpsh.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import dev.mpsh.wan.WanFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillOptionsTest {
    private static final long S = 1_000_000_000L;

    private static DrillOptions parse(String... a) throws CommandException {
        return DrillOptions.parse(List.of(a));
    }

    private static String error(String... a) {
        return assertThrows(CommandException.class, () -> parse(a)).getMessage();
    }

    @Test
    void defaultsFailAtThreeSecondsOfEightUntilTheEnd() throws Exception {
        DrillOptions o = parse("wan-down", "wlan0");
        assertEquals(WanFailure.Kind.WAN_DOWN, o.kind());
        assertEquals("wlan0", o.wan());
        assertEquals(3 * S, o.atNanos());
        assertEquals(8 * S, o.lengthNanos());
        assertFalse(o.failureEnds());
    }

    @Test
    void aFailureThatEndsGetsTimeAfterwardsToShowTheReturn() throws Exception {
        DrillOptions o = parse("blackhole", "wlan0", "--at", "2s", "--for", "5s");
        assertTrue(o.failureEnds());
        assertEquals(10 * S, o.lengthNanos()); // 2 + 5 + 3 seconds to watch the WAN come back
        assertEquals(20 * S, parse("backup", "wwan0", "--length", "20s", "-at", "1s").lengthNanos());
    }

    @Test
    void badLinesAreOneLineErrors() {
        assertEquals("unknown drill 'unplug'; expected wan-down, blackhole, backup (or 'drill restore')", error("unplug", "wlan0"));
        assertEquals("expected 'drill KIND WAN', KIND one of wan-down, blackhole, backup; see 'drill --help'", error("wan-down"));
        assertEquals("--length 2s ends before the failure starts (--at 3s); make it longer", error("wan-down", "x", "--length", "2s"));
        assertEquals("--length 6s ends before the failure is over (--at + --for); make it longer",
                error("wan-down", "x", "--for", "4s", "--length", "6s"));
        assertEquals("unknown option '--when'; see 'drill --help'", error("wan-down", "x", "--when", "1s"));
        assertEquals("bad duration 'soon': use e.g. 3s, 500ms or 2 (seconds)", error("wan-down", "x", "--at", "soon"));
    }
}
