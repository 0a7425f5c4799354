package dev.mpsh.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
    private static ClientOptions parse(String... args) throws CommandException {
        return ClientOptions.parse(List.of(args));
    }

    private static String error(String... args) {
        return assertThrows(CommandException.class, () -> parse(args)).getMessage();
    }

    @Test
    void bulkTakesADurationOrASizeAndNeedsNoAddress() throws Exception {
        ClientOptions d = parse("--bulk", "10s");
        assertNull(d.addr());
        assertEquals(10_000_000_000L, d.bulk().durationNanos());
        assertEquals(Long.MAX_VALUE, d.bulk().bytes());
        ClientOptions b = parse("-addr", "192.0.2.1:80", "--bytes", "200M", "--timeline");
        assertEquals(200_000_000L, b.bulk().bytes());
        assertEquals(Long.MAX_VALUE, b.bulk().durationNanos());
        assertTrue(b.bulk().timeline());
        assertTrue(parse("-addr", "192.0.2.1:80").interactive());
    }

    @Test
    void conflictingOrIncompleteBulkOptionsAreRefused() {
        assertEquals("--bulk and --bytes both set how much to send; give one of them", error("--bulk", "1s", "--bytes", "1M"));
        assertEquals("-msg sends one line, --bulk and --bytes a stream; give one of them",
                error("-addr", "192.0.2.1:80", "-msg", "x", "--bulk", "1s"));
        assertEquals("--timeline goes with --bulk or --bytes; see 'client --help'", error("-addr", "192.0.2.1:80", "--timeline"));
        assertEquals("bad size 'lots': use e.g. 200M, 1.5G or 64KiB", error("--bytes", "lots"));
        assertEquals("-bulk needs a value; see 'client --help'", error("--bulk"));
    }
}
