package dev.mpsh.mib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What counters says before it reads any kernel: no root needed. */
class CountersUsageTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String line) {
        Dispatcher d = Commands.dispatcher(new dev.mpsh.ns.ChildProcessRunner());
        CommandContext ctx = new CommandContext(new Session(Session.DEFAULT_LAB), d.registry(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> null, new Cancellation(), Style.PLAIN, false);
        return d.execute(line, ctx);
    }

    @Test
    void badWordsAreUsageErrorsOfOneLine() {
        assertEquals(2, run("counters --"));
        assertEquals(2, run("counters --bogus"));
        assertEquals(2, run("counters --netns"));
        assertEquals(2, run("counters --netns a/b"));
        assertEquals(1, run("counters"));
        assertEquals(String.join("\n",
                "counters: -- needs a command after it, e.g. counters -- client -msg hi",
                "counters: unknown option '--bogus'; see 'counters --help'",
                "counters: --netns needs a namespace name (see 'ip netns list'); see 'counters --help'",
                "counters: 'a/b' is not a namespace name; see 'ip netns list'",
                "counters: lab is down; run 'lab up' first, or name another namespace: --netns NAME, --host", ""),
                err.toString(StandardCharsets.UTF_8));
    }
}
