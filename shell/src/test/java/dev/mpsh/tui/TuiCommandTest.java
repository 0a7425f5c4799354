package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Where the dashboard cannot open, it says so in one line and the shell goes on. */
class TuiCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String line, boolean interactive) {
        Dispatcher d = Commands.dispatcher();
        CommandContext ctx = new CommandContext(new Session("t"), d.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, interactive);
        return d.execute(line, ctx);
    }

    private String errLines() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutTheShellsOwnTerminalItRefusesInOneLine() {
        assertEquals(1, run("tui", true));
        assertEquals("tui: the dashboard needs the shell's own terminal; run 'tui' at the mpsh prompt or 'mpsh --tui'\n", errLines());
    }

    @Test
    void inAScriptItRefusesToo() {
        assertEquals(1, run("tui", false));
        assertTrue(errLines().startsWith("tui: the dashboard needs the shell's own terminal"), errLines());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("tui -port 80", true));
        assertEquals("tui: unknown option '-port'; see 'tui --help'\n", errLines());
        err.reset();
        assertEquals(2, run("tui -addr", true));
        assertEquals("tui: -addr needs a value; see 'tui --help'\n", errLines());
        err.reset();
        assertEquals(2, run("tui -addr nowhere", true));
        assertEquals(1, errLines().split("\n").length, errLines());
    }

    @Test
    void helpNamesThePanesAndTheKeys() {
        assertEquals(0, run("tui --help", true));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String s : new String[] {"Namespaces", "Fixes", "Subflows", "Echo console", "Log", "Tab / Shift-Tab", "F1", "q / F10 / Esc"}) {
            assertTrue(help.contains(s), s + " missing from:\n" + help);
        }
    }
}
