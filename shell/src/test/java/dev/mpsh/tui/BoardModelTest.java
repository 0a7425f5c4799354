package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpsh.classroom.ClassBoard.Row;
import dev.mpsh.lab.LabActivity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live board's rows without a screen: sorting, filtering, and a selection that follows its lab. */
class BoardModelTest {
    static final long NOW = 1_800_000_000_000L;

    /** A lab that is up with applied of 5 fixes, at step index, its last check score (or null) and last command ago ms (or null). */
    static Row row(String lab, String state, Integer applied, Integer step, Integer score, Long ago) {
        return new Row("b", lab, state, state.equals("down") ? null : applied, state.equals("down") ? null : 5,
                step == null ? null : "step-" + step, step, step == null ? null : 7, step == null ? null : "en",
                score == null ? null : new LabActivity.Check(score, 10, score == 10, NOW - 60_000),
                ago == null ? null : NOW - ago, null);
    }

    static List<Row> room() {
        return List.of(
                row("b01", "up", 3, 4, 6, 10_000L),
                row("b02", "down", null, null, null, null),
                row("b03", "up", 1, 2, null, 20 * 60_000L),
                row("b04", "broken", 0, 1, 2, 30_000L),
                row("b10", "up", 5, 7, 10, 40 * 60_000L));
    }

    private static List<String> labs(BoardModel m) {
        return m.shown().stream().map(Row::lab).toList();
    }

    @Test
    void eachSortPutsWhoMayNeedHelpFirstAndTiesGoByName() {
        BoardModel m = new BoardModel(() -> NOW);
        m.rows(room());
        assertEquals(BoardModel.Sort.LAB, m.sort());
        assertEquals(List.of("b01", "b02", "b03", "b04", "b10"), labs(m));
        m.cycleSort();
        assertEquals(BoardModel.Sort.STATE, m.sort());
        assertEquals(List.of("b02", "b04", "b01", "b03", "b10"), labs(m), "down and broken before up");
        m.cycleSort();
        assertEquals(List.of("b02", "b04", "b03", "b01", "b10"), labs(m), "fewest fixes first; a lab that is down has none known");
        m.cycleSort();
        assertEquals(List.of("b02", "b04", "b03", "b01", "b10"), labs(m), "earliest step first");
        m.cycleSort();
        assertEquals(List.of("b02", "b03", "b04", "b01", "b10"), labs(m), "no check, then the lowest score");
        m.cycleSort();
        assertEquals(BoardModel.Sort.LAST, m.sort());
        assertEquals(List.of("b02", "b10", "b03", "b04", "b01"), labs(m), "never, then the oldest last command");
        m.cycleSort();
        assertEquals(BoardModel.Sort.LAB, m.sort(), "s cycles back to the lab's name");
    }

    @Test
    void theFilterTakesAPieceOfTheNameOrDownOrStuck() {
        BoardModel m = new BoardModel(() -> NOW);
        m.rows(room());
        m.filter("1");
        assertEquals(List.of("b01", "b10"), labs(m));
        m.filter("down");
        assertEquals(List.of("b02", "b04"), labs(m), "every lab that is not up");
        m.filter("stuck");
        assertEquals(List.of("b03"), labs(m), "up, not passed, no command for 5 minutes; b10 passed its check");
        m.filter("zz");
        assertEquals(List.of(), labs(m));
        assertNull(m.selected());
        m.filter("");
        assertEquals(5, labs(m).size());
        assertEquals(5, m.total());
    }

    @Test
    void stuckIsAboutTimeSinceTheLastCommand() {
        Row fresh = row("b05", "up", 0, 1, null, BoardModel.STUCK_MS - 1);
        Row old = row("b05", "up", 0, 1, null, BoardModel.STUCK_MS);
        Row never = row("b05", "up", 0, null, null, null);
        assertEquals(List.of(false, true, true), List.of(BoardModel.stuck(fresh, NOW), BoardModel.stuck(old, NOW), BoardModel.stuck(never, NOW)));
    }

    @Test
    void theSelectionFollowsItsLabAcrossSortsRefreshesAndFilters() {
        BoardModel m = new BoardModel(() -> NOW);
        m.rows(room());
        assertEquals("b01", m.selected().lab(), "the first row to start with");
        m.move(2);
        assertEquals("b03", m.selected().lab());
        m.move(10);
        assertEquals("b10", m.selected().lab(), "stops at the last row");
        m.move(-1);
        m.cycleSort();
        assertEquals("b04", m.selected().lab(), "the same lab after a sort");
        assertEquals(1, m.selectedIndex());
        m.rows(List.of(row("b01", "up", 3, 4, 6, 10_000L), row("b04", "up", 5, 7, 10, 1000L)));
        assertEquals("b04", m.selected().lab(), "the same lab after a refresh");
        assertEquals("up", m.selected().state(), "with its fresh row");
        m.rows(List.of(row("b01", "up", 3, 4, 6, 10_000L)));
        assertEquals("b01", m.selected().lab(), "a lab gone from the class gives way to the first");
        m.rows(List.of());
        assertNull(m.selected());
        m.move(1);
        assertNull(m.selected());
    }
}
