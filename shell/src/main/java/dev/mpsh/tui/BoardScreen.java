package dev.mpsh.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.mpsh.classroom.ClassBoard;
import dev.mpsh.classroom.ClassBoard.Row;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The instructor's live board ('class board') on a Lanterna screen: a row per lab, read again
 * every {@link #REFRESH_MS} off the screen's thread; sort, filter and select with keys; Enter
 * shows the selected lab's 'fix list' and 'diagnose'. All state is changed on the thread that
 * calls {@link #tick} and {@link #key}: background readings hand their results over a queue.
 */
final class BoardScreen {
    static final long REFRESH_MS = 2000;
    static final String LIST_HELP = "↑↓ select · Enter fix list and diagnose · s sort · / filter (name, down, stuck) · q quit";
    static final String DETAIL_HELP = "↑↓ PgUp PgDn scroll · r run again · Esc back · q quit";
    static final String FILTER_HELP = "Enter keeps it · Esc clears it";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Screen screen;
    private final BoardSource source;
    private final Executor reads;
    private final Executor looks;
    private final LongSupplier clock;
    private final BoardModel model;
    private final Queue<Runnable> results = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reading = new AtomicBoolean();

    private long lastRead = Long.MIN_VALUE / 2;
    private long readAt;
    private String readError;
    private boolean dirty = true;
    private boolean redrawAll = true; // the first draw, and after a resize
    private List<Object> drawnList; // what the list on screen shows, null when the detail is
    private int top;
    private StringBuilder typing; // non-null while a filter is typed

    private Row detail; // non-null while one lab is looked into
    private int detailScroll;
    private int generation;
    private Cancellation looking = new Cancellation();
    private String fixList;
    private String diagnose;

    BoardScreen(Screen screen, BoardSource source, Executor reads, Executor looks, LongSupplier clock) {
        this.screen = screen;
        this.source = source;
        this.reads = reads;
        this.looks = looks;
        this.clock = clock;
        this.model = new BoardModel(clock);
    }

    BoardModel model() {
        return model;
    }

    /** The lab looked into, or null on the list. */
    Row detail() {
        return detail;
    }

    /** Starts a reading when one is due, takes in what background work finished, redraws if needed. */
    void tick(long now) throws IOException {
        if (now - lastRead >= REFRESH_MS && reading.compareAndSet(false, true)) {
            lastRead = now;
            reads.execute(this::read);
        }
        Runnable r;
        while ((r = results.poll()) != null) {
            r.run();
            dirty = true;
        }
        if (screen.doResizeIfNecessary() != null) {
            dirty = true;
            redrawAll = true;
        }
        if (dirty) {
            draw();
        }
    }

    private void read() {
        try {
            List<Row> rows = source.rows();
            long at = clock.getAsLong();
            results.add(() -> {
                model.rows(rows);
                readAt = at;
                readError = null;
            });
        } catch (CommandException | RuntimeException e) {
            // a class taken down, a lab half-removed: keep the last rows and say why
            String why = e.getMessage();
            results.add(() -> readError = why);
        } finally {
            reading.set(false);
        }
    }

    /** Handles one key; false when the board is to close. */
    boolean key(KeyStroke k) {
        dirty = true;
        if (k.getKeyType() == KeyType.EOF || k.isCtrlDown() && k.getCharacter() != null && k.getCharacter() == 'c') {
            leaveDetail();
            return false;
        }
        if (typing != null) {
            typeFilter(k);
            return true;
        }
        if (detail != null) {
            return detailKey(k);
        }
        Character c = k.getKeyType() == KeyType.Character ? k.getCharacter() : null;
        switch (k.getKeyType()) {
            case ArrowUp -> model.move(-1);
            case ArrowDown -> model.move(1);
            case PageUp -> model.move(-rowsRoom());
            case PageDown -> model.move(rowsRoom());
            case Home -> model.move(-model.total());
            case End -> model.move(model.total());
            case Enter -> look(model.selected());
            case Escape -> {
                if (model.filter().isEmpty()) {
                    return false;
                }
                model.filter("");
            }
            default -> {
            }
        }
        if (c != null) {
            switch (c) {
                case 'q' -> {
                    return false;
                }
                case 's' -> model.cycleSort();
                case '/' -> typing = new StringBuilder();
                default -> {
                }
            }
        }
        return true;
    }

    private void typeFilter(KeyStroke k) {
        switch (k.getKeyType()) {
            case Character -> typing.append(k.getCharacter());
            case Backspace -> {
                if (!typing.isEmpty()) {
                    typing.setLength(typing.length() - 1);
                }
            }
            case Enter -> {
                model.filter(typing.toString());
                typing = null;
                return;
            }
            case Escape -> {
                model.filter("");
                typing = null;
                return;
            }
            default -> {
            }
        }
        model.filter(typing.toString());
    }

    private boolean detailKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case Escape -> leaveDetail();
            case ArrowUp -> detailScroll = Math.max(0, detailScroll - 1);
            case ArrowDown -> detailScroll++;
            case PageUp -> detailScroll = Math.max(0, detailScroll - rowsRoom());
            case PageDown -> detailScroll += rowsRoom();
            case Character -> {
                if (k.getCharacter() == 'q') {
                    leaveDetail();
                    return false;
                }
                if (k.getCharacter() == 'r') {
                    look(detail);
                }
            }
            default -> {
            }
        }
        return true;
    }

    /** Runs 'fix list', then 'diagnose', against lab in the background; a later look discards this one's results. */
    private void look(Row lab) {
        if (lab == null) {
            return;
        }
        looking.cancel();
        Cancellation cancel = new Cancellation();
        looking = cancel;
        int mine = ++generation;
        detail = lab;
        detailScroll = 0;
        fixList = "running…";
        diagnose = "waiting for 'fix list'…";
        looks.execute(() -> {
            String fixes = source.run(lab, "fix list", cancel);
            results.add(() -> {
                if (mine == generation) {
                    fixList = fixes;
                    diagnose = "running… (a few seconds: it makes a few connections)";
                }
            });
            String found = cancel.isCancelled() ? "" : source.run(lab, "diagnose", cancel);
            results.add(() -> {
                if (mine == generation) {
                    diagnose = found;
                }
            });
        });
    }

    private void leaveDetail() {
        looking.cancel();
        generation++;
        detail = null;
    }

    /** The lines the detail view scrolls through. */
    List<String> detailLines() {
        List<String> out = new ArrayList<>();
        out.add("$ fix list");
        out.addAll(lines(fixList));
        out.add("");
        out.add("$ diagnose");
        out.addAll(lines(diagnose));
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.stripTrailing().split("\n"));
    }

    private int rowsRoom() {
        return Math.max(1, screen.getTerminalSize().getRows() - 3);
    }

    void draw() throws IOException {
        dirty = false;
        TerminalSize size = screen.getTerminalSize();
        // All a list shows but the reading's time: the same again (idle trainees) redraws the title alone.
        List<Object> showing = detail != null ? null : List.of(model.shown(), model.total(), model.filter(), model.sort(),
                model.selectedIndex(), top, typing == null ? List.of() : List.of(typing.toString()),
                readError == null ? List.of() : List.of(readError), size);
        if (showing != null && showing.equals(drawnList) && !redrawAll) {
            TextGraphics g = screen.newTextGraphics();
            put(g, 0, 0, " ".repeat(size.getColumns()), size);
            drawTitle(g, size, model.shown());
            screen.refresh(Screen.RefreshType.DELTA);
            return;
        }
        drawnList = showing;
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        if (detail != null) {
            drawDetail(g, size);
        } else {
            drawList(g, size);
        }
        // clear() asks for a full redraw (every cell sent again, most of a draw's cost with 30
        // labs); only the cells that changed need to be, unless the terminal was resized
        screen.refresh(redrawAll ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        redrawAll = false;
    }

    private void drawTitle(TextGraphics g, TerminalSize size, List<Row> shown) {
        String when = readAt == 0 ? "reading…" : "read " + CLOCK.format(Instant.ofEpochMilli(readAt));
        String title = "class board · " + model.total() + (model.total() == 1 ? " lab" : " labs")
                + (model.filter().isEmpty() ? "" : " · filter '" + model.filter() + "': " + shown.size() + " shown")
                + " · sort " + model.sort().column + " · " + when
                + (readError == null ? "" : " · last reading failed: " + readError);
        put(g, 0, 0, title, size, SGR.BOLD);
    }

    private void drawList(TextGraphics g, TerminalSize size) {
        List<Row> shown = model.shown();
        drawTitle(g, size, shown);

        List<List<String>> cells = new ArrayList<>();
        for (Row r : shown) {
            cells.add(ClassBoard.cells(r));
        }
        int[] width = widths(cells);
        List<String> head = new ArrayList<>(ClassBoard.HEAD);
        int sorted = ClassBoard.HEAD.indexOf(model.sort().column);
        head.set(sorted, head.get(sorted) + "▾");
        put(g, 0, 1, line(head, width), size, SGR.UNDERLINE);

        int room = Math.max(1, size.getRows() - 3);
        int at = model.selectedIndex();
        if (at >= 0 && at < top) {
            top = at;
        } else if (at >= top + room) {
            top = at - room + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, shown.size() - room)));
        if (shown.isEmpty()) {
            put(g, 0, 2, model.total() == 0 ? "no class is up; 'class up N' builds one"
                    : "no lab matches '" + model.filter() + "'; Esc clears the filter", size);
        }
        for (int i = top; i < shown.size() && i - top < room; i++) {
            Row r = shown.get(i);
            int y = 2 + i - top;
            g.setForegroundColor(switch (r.state()) {
                case "up" -> TextColor.ANSI.GREEN;
                case "down" -> TextColor.ANSI.BLACK_BRIGHT;
                default -> TextColor.ANSI.RED;
            });
            if (i == at) {
                put(g, 0, y, pad(line(cells.get(i), width), size.getColumns()), size, SGR.REVERSE);
            } else {
                put(g, 0, y, line(cells.get(i), width), size);
            }
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
        String bottom = typing != null ? "filter: " + typing + "█  " + FILTER_HELP : LIST_HELP;
        put(g, 0, size.getRows() - 1, bottom, size, SGR.REVERSE);
    }

    private void drawDetail(TextGraphics g, TerminalSize size) {
        put(g, 0, 0, "class board › " + detail.lab() + " (" + detail.state() + ", as read "
                + CLOCK.format(Instant.ofEpochMilli(readAt == 0 ? clock.getAsLong() : readAt)) + ")", size, SGR.BOLD);
        List<String> lines = detailLines();
        int room = Math.max(1, size.getRows() - 2);
        detailScroll = Math.max(0, Math.min(detailScroll, Math.max(0, lines.size() - room)));
        for (int i = 0; i < room && detailScroll + i < lines.size(); i++) {
            put(g, 0, 1 + i, lines.get(detailScroll + i), size);
        }
        put(g, 0, size.getRows() - 1, DETAIL_HELP, size, SGR.REVERSE);
    }

    private static int[] widths(List<List<String>> cells) {
        int[] w = new int[ClassBoard.HEAD.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = ClassBoard.HEAD.get(c).length() + 1; // room for the sort mark
            for (List<String> row : cells) {
                w[c] = Math.max(w[c], row.get(c).length());
            }
        }
        return w;
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            b.append(c + 1 == cells.size() ? cells.get(c) : pad(cells.get(c), width[c] + 2));
        }
        return b.toString();
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    private static void put(TextGraphics g, int x, int y, String text, TerminalSize size, SGR... styles) {
        if (y < 0 || y >= size.getRows()) {
            return;
        }
        String cut = text.length() > size.getColumns() ? text.substring(0, Math.max(0, size.getColumns() - 1)) + "…" : text;
        if (styles.length == 0) {
            g.putString(x, y, cut);
        } else {
            g.putString(x, y, cut, styles[0], java.util.Arrays.copyOfRange(styles, 1, styles.length));
        }
    }
}
