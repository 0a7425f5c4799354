package dev.mpsh.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.testing.LabShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** class's words, its record of labs, and the errors it gives before building anything. */
class ClassArgsTest {

    private static ClassArgs parse(String line) throws CommandException {
        return ClassArgs.parse(List.of(line.split(" ")));
    }

    @Test
    void upTakesACountAPrefixAScenarioAndConfine() throws CommandException {
        ClassArgs a = parse("up 12 --prefix b --scenario fallback --confine");
        assertEquals(new ClassArgs("up", 12, "b", "fallback", true, false, null, 0), a);
        assertEquals("t", parse("up 3").prefix(), "the default prefix");
        assertEquals("t07", parse("reset t07").lab());
        assertEquals(null, parse("status").prefix(), "status without --prefix: every class");
        assertEquals("c1", parse("down --prefix c1").prefix());
        assertEquals(new ClassArgs("board", 0, "b", null, false, false, null, 60), parse("board --prefix b --headless 60"));
        assertEquals(0, parse("board").headless(), "the board on the terminal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"up 0", "up 100", "up x", "up", "up 3 4", "up 3 --prefix", "up 3 --prefix 9a",
            "up 3 --prefix abcdefghijk", "down --confine", "status --scenario x", "reset", "reset t01 t02",
            "up 3 --wat", "dance", "board --headless", "board --headless 0", "board --headless x",
            "status --headless 5", "board b01"})
    void badWordsAreOneUsageLine(String line) {
        CommandException e = assertThrows(CommandException.class, () -> parse(line));
        assertEquals(2, e.status(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void outOfRangeSaysTheRange() {
        CommandException e = assertThrows(CommandException.class, () -> parse("up 100"));
        assertTrue(e.getMessage().contains("from 1 to 99"), e.getMessage());
    }

    @Test
    void labsAreNumberedWithTwoDigits() {
        assertEquals(List.of("t01", "t02", "t03"), Roster.names("t", 3));
        assertEquals("t99", Roster.names("t", 99).get(98));
    }

    @Test
    void theRecordReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Roster r = new Roster("c5", "fallback", List.of("c501", "c502"));
        assertTrue(r.create(dir));
        assertFalse(r.create(dir), "a second class of that prefix");
        assertEquals(r, Roster.read(dir, "c5"));
        r.withLabs(List.of("c502")).rewrite(dir);
        assertEquals(List.of("c502"), Roster.read(dir, "c5").labs());
        assertEquals(List.of(new Roster("c5", "fallback", List.of("c502"))), Roster.all(dir));
        new Roster("c6", null, List.of("c601")).create(dir);
        assertEquals(null, Roster.read(dir, "c6").scenario(), "the built-in scenario");
        r.delete(dir);
        assertEquals(null, Roster.read(dir, "c5"));
    }

    /** The errors that come before anything is built, in a state directory of the test's own. */
    @Test
    void refusesAClassUpAndALabInUseBeforeBuilding(@TempDir Path dir) throws Exception {
        System.setProperty(LabLayout.DIR_PROPERTY, dir.toString());
        try {
            LabShell shell = new LabShell("c801");
            Files.writeString(dir.resolve("c802.state"), "lab c802 scenario handover\n");
            LabShell.Outcome taken = shell.run("class up 3 --prefix c8");
            assertEquals(1, taken.status(), taken.toString());
            assertEquals(List.of("class: lab 'c802' is already up outside a class; 'mpsh --lab c802 -c \"lab down\"' removes it, or use another --prefix"),
                    taken.errLines());
            assertFalse(Files.exists(dir.resolve("c8.class")), "nothing recorded");
            assertFalse(Files.exists(dir.resolve("c801.state")), "nothing built");

            new Roster("c9", null, List.of("c901")).create(dir);
            LabShell.Outcome again = shell.run("class up 1 --prefix c9");
            assertEquals(1, again.errLines().size(), again.toString());
            assertTrue(again.err().contains("class 'c9' is already up (1 labs)"), again.toString());

            LabShell.Outcome unknown = shell.run("class reset c977");
            assertEquals(2, unknown.status(), unknown.toString());
            assertTrue(unknown.err().contains("no lab 'c977' in a class here; the classes' labs are c901"), unknown.toString());

            LabShell.Outcome board = shell.ok("class status --prefix c9 --json");
            assertTrue(board.out().contains("\"lab\":\"c901\",\"state\":\"down\""), board.toString());
        } finally {
            System.clearProperty(LabLayout.DIR_PROPERTY);
        }
    }
}
