package dev.mpsh.tui;

import dev.mpsh.classroom.ClassBoard.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What the live board ('class board') shows, without the screen: the rows last read, the sort
 * key, the filter and the selected lab. Each sort puts the labs that may need the instructor
 * first (down before up, fewest fixes, earliest step, lowest check, oldest last command); ties
 * go by lab name. The selection follows its lab across refreshes, sorts and filters.
 */
final class BoardModel {
    /** A lab that is up, not passed, and where no command ran for this long is "stuck". */
    static final long STUCK_MS = 5 * 60_000;

    enum Sort {
        LAB("LAB"), STATE("STATE"), FIXES("FIXES"), STEP("STEP"), CHECK("CHECK"), LAST("LAST COMMAND");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        Sort next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    private final LongSupplier clock;
    private List<Row> rows = List.of();
    private Sort sort = Sort.LAB;
    private String filter = "";
    private String selected;

    /** @param clock the time now, in epoch milliseconds (for "stuck") */
    BoardModel(LongSupplier clock) {
        this.clock = clock;
    }

    /** The rows of a fresh reading; the selected lab stays selected while it is shown. */
    void rows(List<Row> fresh) {
        rows = List.copyOf(fresh);
        keepSelection();
    }

    Sort sort() {
        return sort;
    }

    void cycleSort() {
        sort = sort.next();
    }

    String filter() {
        return filter;
    }

    /** "" for none; "down", "stuck", or a piece of a lab's name. */
    void filter(String text) {
        filter = text == null ? "" : text.trim();
        keepSelection();
    }

    int total() {
        return rows.size();
    }

    /** The rows shown, filtered and sorted. */
    List<Row> shown() {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (matches(r, clock.getAsLong())) {
                out.add(r);
            }
        }
        out.sort(order(sort).thenComparing(Row::lab));
        return out;
    }

    private boolean matches(Row r, long now) {
        return switch (filter.toLowerCase(Locale.ROOT)) {
            case "" -> true;
            case "down" -> !r.state().equals("up");
            case "stuck" -> stuck(r, now);
            default -> r.lab().contains(filter);
        };
    }

    /** Up, its check not passed, and no command for {@link #STUCK_MS} (or none at all). */
    static boolean stuck(Row r, long now) {
        boolean passed = r.check() != null && r.check().passed();
        return r.state().equals("up") && !passed && (r.lastCommandAt() == null || now - r.lastCommandAt() >= STUCK_MS);
    }

    private static Comparator<Row> order(Sort s) {
        return switch (s) {
            case LAB -> Comparator.comparing(Row::lab);
            case STATE -> Comparator.comparing((Row r) -> r.state().equals("up"));
            case FIXES -> Comparator.comparing((Row r) -> r.fixesApplied() == null ? -1 : r.fixesApplied());
            case STEP -> Comparator.comparing((Row r) -> r.stepIndex() == null ? 0 : r.stepIndex());
            case CHECK -> Comparator.comparing((Row r) -> r.check() == null ? -1 : r.check().score());
            case LAST -> Comparator.comparing((Row r) -> r.lastCommandAt() == null ? 0 : r.lastCommandAt());
        };
    }

    /** The selected lab's row as last read, or null when none is shown. */
    Row selected() {
        for (Row r : shown()) {
            if (r.lab().equals(selected)) {
                return r;
            }
        }
        return null;
    }

    /** Its place among the rows shown, or -1. */
    int selectedIndex() {
        List<Row> shown = shown();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).lab().equals(selected)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves the selection by delta rows of those shown, stopping at the ends. */
    void move(int delta) {
        List<Row> shown = shown();
        if (shown.isEmpty()) {
            selected = null;
            return;
        }
        int at = selectedIndex();
        int to = at < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, at + delta));
        selected = shown.get(to).lab();
    }

    /** A lab that is no longer shown (gone from the class, or filtered out) gives way to the first one. */
    private void keepSelection() {
        if (selected() == null) {
            List<Row> shown = shown();
            selected = shown.isEmpty() ? null : shown.get(0).lab();
        }
    }
}
