package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mpsh.classroom.ClassBoard.Row;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live board on a virtual terminal: keys in, background work inline, the screen read back. */
class BoardScreenTest {
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(110, 20));
    private final TerminalScreen screen;
    private final FakeSource source = new FakeSource();
    private long clock = BoardModelTest.NOW;
    private final BoardScreen board;

    BoardScreenTest() throws IOException {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        board = new BoardScreen(screen, source, Runnable::run, Runnable::run, () -> clock);
        tick();
    }

    @AfterEach
    void stop() throws IOException {
        screen.stopScreen();
    }

    /** Rows the test changes, and the command lines the board ran, as LAB: LINE. */
    static final class FakeSource implements BoardSource {
        final List<Row> rows = new CopyOnWriteArrayList<>(BoardModelTest.room());
        final List<String> ran = new ArrayList<>();
        volatile String failure;

        @Override
        public List<Row> rows() throws CommandException {
            if (failure != null) {
                throw new CommandException(failure);
            }
            return List.copyOf(rows);
        }

        @Override
        public String run(Row lab, String line, Cancellation cancel) {
            ran.add(lab.lab() + ": " + line);
            return line.equals("fix list") ? "FIX           NS      STATE\nfix-one       client  applied\n"
                    : "diagnose of " + lab.lab() + ": 2 findings\n";
        }
    }

    private void tick() throws IOException {
        clock += BoardScreen.REFRESH_MS;
        board.tick(clock);
    }

    private boolean key(KeyStroke k) throws IOException {
        boolean open = board.key(k);
        board.tick(clock);
        return open;
    }

    private boolean key(KeyType t) throws IOException {
        return key(new KeyStroke(t));
    }

    private boolean type(char c) throws IOException {
        return key(new KeyStroke(c, false, false));
    }

    private List<String> lines() {
        return List.of(terminal.toString().split("\n"));
    }

    private String rowOf(String lab) {
        return lines().stream().filter(l -> l.startsWith(lab + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(lab + " not on screen:\n" + terminal));
    }

    @Test
    void aRowPerLabWithTheColumnsOfClassStatusAndTheHelpLine() {
        List<String> l = lines();
        assertTrue(l.get(0).startsWith("class board · 5 labs · sort LAB"), l.get(0));
        for (String col : List.of("LAB▾", "STATE", "FIXES", "STEP", "LANG", "CHECK", "LAST COMMAND")) {
            assertTrue(l.get(1).contains(col), l.get(1));
        }
        assertTrue(rowOf("b01").matches("b01 +up +3/5 +4/7 step-4 +en +6/10 fail at \\d\\d:\\d\\d:\\d\\d +\\d\\d:\\d\\d:\\d\\d *"), rowOf("b01"));
        assertTrue(rowOf("b02").matches("b02 +down +- +- +- +- +- *"), rowOf("b02"));
        assertTrue(l.get(19).startsWith(BoardScreen.LIST_HELP), l.get(19));
        assertEquals('b', terminal.getCharacter(0, 2).getCharacter());
        assertTrue(terminal.getCharacter(0, 2).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE), "the selected row");
        assertFalse(terminal.getCharacter(0, 3).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE));
    }

    @Test
    void refreshesEveryTwoSecondsAndAFixAppliedShowsOnItsRow() throws IOException {
        assertTrue(rowOf("b03").contains(" 1/5 "), rowOf("b03"));
        Row r = source.rows.get(2);
        source.rows.set(2, new Row(r.prefix(), r.lab(), r.state(), 2, 5, r.step(), r.stepIndex(), r.steps(), r.lang(), r.check(), r.lastCommandAt(), null));
        clock += BoardScreen.REFRESH_MS - 1;
        board.tick(clock);
        assertTrue(rowOf("b03").contains(" 1/5 "), "not read again before 2 s:\n" + terminal);
        tick();
        assertTrue(rowOf("b03").contains(" 2/5 "), rowOf("b03"));
    }

    @Test
    void aReadingThatChangesNothingRedrawsTheTimeAloneAndTheRowsStay() throws IOException {
        List<String> before = lines();
        tick();
        List<String> after = lines();
        assertFalse(before.get(0).equals(after.get(0)), "the title shows the new reading's time: " + after.get(0));
        assertTrue(after.get(0).startsWith("class board · 5 labs · sort LAB · read "), after.get(0));
        assertEquals(before.subList(1, before.size()), after.subList(1, after.size()), "every other line as it was");
        assertTrue(terminal.getCharacter(0, 2).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE), "the selection too");

        Row r = source.rows.get(2);
        source.rows.set(2, new Row(r.prefix(), r.lab(), "down", null, null, null, null, null, null, null, null, null));
        tick();
        assertTrue(rowOf("b03").matches("b03 +down +- +- +- +- +- *"), "a row that changed is drawn again: " + rowOf("b03"));
        type('j'); // no such key: nothing changes but the screen is drawn
        assertTrue(rowOf("b03").matches("b03 +down +- +- +- +- +- *"), rowOf("b03"));
    }

    @Test
    void sKeysCycleTheSortAndSlashFilters() throws IOException {
        type('s');
        assertTrue(lines().get(0).contains("sort STATE"), lines().get(0));
        assertTrue(lines().get(1).contains("STATE▾"), lines().get(1));
        assertTrue(lines().get(2).startsWith("b02 "), terminal.toString());
        type('/');
        assertTrue(lines().get(19).startsWith("filter: █"), lines().get(19));
        type('d');
        type('o');
        type('w');
        type('n');
        assertTrue(lines().get(19).startsWith("filter: down█"), lines().get(19));
        key(KeyType.Enter);
        assertTrue(lines().get(0).contains("filter 'down': 2 shown"), lines().get(0));
        assertEquals(List.of("b02", "b04"), lines().subList(2, 4).stream().map(l -> l.substring(0, 3)).toList());
        assertTrue(lines().get(4).isBlank(), terminal.toString());
        assertTrue(key(KeyType.Escape), "Esc clears the filter first");
        assertTrue(rowOf("b10").contains("up"), terminal.toString());
        assertFalse(key(KeyType.Escape), "then leaves");
    }

    @Test
    void enterShowsTheSelectedLabsFixListAndDiagnoseAndEscGoesBack() throws IOException {
        key(KeyType.ArrowDown);
        key(KeyType.ArrowDown);
        key(KeyType.Enter);
        assertEquals(List.of("b03: fix list", "b03: diagnose"), source.ran);
        String text = terminal.toString();
        assertTrue(lines().get(0).startsWith("class board › b03 (up"), lines().get(0));
        assertTrue(text.contains("$ fix list\nFIX           NS      STATE"), text);
        assertTrue(text.contains("fix-one       client  applied"), text);
        assertTrue(text.contains("$ diagnose\ndiagnose of b03: 2 findings"), text);
        assertTrue(lines().get(19).startsWith(BoardScreen.DETAIL_HELP), lines().get(19));
        type('r');
        assertEquals(4, source.ran.size(), "r runs both again");
        key(KeyType.Escape);
        assertNull(board.detail());
        assertTrue(rowOf("b03").contains("up"), terminal.toString());
        assertFalse(type('q'), "q quits");
    }

    @Test
    void aFailedReadingKeepsTheLastRowsAndSaysWhyAndALabGoneLeavesTheBoard() throws IOException {
        source.failure = "cannot read the classes in /run/mpsh/labs: gone";
        tick();
        assertTrue(lines().get(0).contains("last reading failed: cannot read the classes"), lines().get(0));
        assertTrue(rowOf("b04").contains("broken"), terminal.toString());
        source.failure = null;
        key(KeyType.ArrowDown);
        key(KeyType.Enter);
        assertEquals("b02", board.detail().lab());
        source.rows.remove(1);
        tick();
        assertEquals("b02", board.detail().lab(), "the lab looked into stays until Esc, though it left the class");
        key(KeyType.Escape);
        assertFalse(lines().get(0).contains("failed"), lines().get(0));
        assertTrue(lines().get(0).startsWith("class board · 4 labs"), lines().get(0));
        assertTrue(lines().stream().noneMatch(l -> l.startsWith("b02 ")), terminal.toString());
        assertTrue(terminal.getCharacter(0, 2).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE), "the first lab is selected");
    }

    @Test
    void noClassSaysHowToBuildOne() throws IOException {
        source.rows.clear();
        tick();
        assertTrue(lines().get(2).startsWith("no class is up; 'class up N' builds one"), terminal.toString());
        assertTrue(key(KeyType.Enter), "Enter on nothing does nothing");
        assertNull(board.detail());
    }
}
