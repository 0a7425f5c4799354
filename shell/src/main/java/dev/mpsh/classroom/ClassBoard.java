package dev.mpsh.classroom;

import dev.mpsh.api.Lesson;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandException;
import dev.mpsh.fix.FixCatalog;
import dev.mpsh.fix.FixState;
import dev.mpsh.fix.FixStatus;
import dev.mpsh.fix.LabFixes;
import dev.mpsh.lab.LabActivity;
import dev.mpsh.lab.LabEngine;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.linux.KeptNamespaces;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import dev.mpsh.walkthrough.Progress;
import dev.mpsh.walkthrough.ProgressStore;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code class status}: the board, one row per lab, each read afresh: its state from its
 * journal and the kernel ('lab status'), its fixes from the kernel ('fix list'), its
 * walkthrough from its progress file, its last check and last command from the files 'check'
 * and the shell write in the lab's directory (dev.mpsh.lab.LabActivity). JSON: a list of
 * {@code {class, lab, state, fixes_applied, fixes_total, step, step_index, steps, lang,
 * check_score, check_max, check_passed, check_at, last_command_at}}; what is unknown is null,
 * times are ISO-8601 UTC.
 */
public record ClassBoard(List<Row> rows) implements Output {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /**
     * One lab. Numbers that are unknown are null.
     *
     * @param scenario the scenario the class was built with, null for the built-in one
     */
    public record Row(String prefix, String lab, String state, Integer fixesApplied, Integer fixesTotal, String step,
                      Integer stepIndex, Integer steps, String lang, LabActivity.Check check, Long lastCommandAt,
                      String scenario) {
    }

    static ClassBoard read(List<Roster> rosters, Map<String, String> env, String home) {
        return read(rosters, env, home, (r, lab, layout, activity) -> kernel(r, layout));
    }

    /** What a lab's row takes from the kernel and its journal: its state, its fixes in place (null when unknown), its scenario. */
    record Kernel(String state, Integer applied, Integer total, Scenario scenario) {
    }

    /** Where a reading takes each lab's kernel part from: read now, or kept from an earlier reading. */
    interface KernelReader {
        /** @param activity the lab's last command and last check as just read (what a shell on it last did) */
        Kernel kernel(Roster r, String lab, LabLayout layout, Activity activity);
    }

    /** The lab's files a shell and 'check' write after each command (LabActivity): 0 and null when none. */
    record Activity(long lastCommand, LabActivity.Check check) {
    }

    static ClassBoard read(List<Roster> rosters, Map<String, String> env, String home, KernelReader kernel) {
        List<Row> rows = new ArrayList<>();
        for (Roster r : rosters) {
            for (String lab : r.labs()) {
                rows.add(row(r, lab, env, home, kernel));
            }
        }
        return new ClassBoard(rows);
    }

    /** The state from the journal and the kernel ('lab status'), the fixes from their probes ('fix list'). */
    static Kernel kernel(Roster r, LabLayout layout) {
        try (KeptNamespaces once = new KeptNamespaces()) {
            return kernel(r, layout, once);
        }
    }

    /** The same, entering the lab's namespaces through kept (the live board keeps them between readings). */
    static Kernel kernel(Roster r, LabLayout layout, KeptNamespaces kept) {
        ScenarioSource source = new ScenarioSource(layout, r.scenario());
        String state;
        try {
            state = new LabEngine(layout, source).state(kept);
        } catch (CommandException e) {
            state = "broken";
        }
        Scenario sc = source.orNull();
        Integer applied = null;
        Integer total = null;
        if (sc != null && !state.equals("down")) {
            try {
                List<FixStatus> fixes = LabFixes.statuses(new FixCatalog(sc), layout, kept);
                applied = (int) fixes.stream().filter(f -> f.state() == FixState.APPLIED).count();
                total = fixes.size();
            } catch (CommandException e) {
                // a half-gone lab: its state says so
            }
        }
        return new Kernel(state, applied, total, sc);
    }

    private static Row row(Roster r, String lab, Map<String, String> env, String home, KernelReader reader) {
        LabLayout layout = LabLayout.of(lab);
        Activity activity = new Activity(LabActivity.lastCommand(layout), LabActivity.lastCheck(layout));
        Kernel k = reader.kernel(r, lab, layout, activity);
        Scenario sc = k.scenario(); // read with the state: a lab's scenario changes only with its journal
        String step = null;
        Integer index = null;
        Integer steps = null;
        String lang = null;
        try {
            Progress p = ProgressStore.forLab(lab, env, home).load();
            Lesson lesson = sc == null ? null : sc.lesson();
            if (p != null && lesson != null && p.scenario().equals(sc.id())) {
                lang = p.lang();
                steps = lesson.steps().size();
                step = p.current() == null ? "finished" : p.current();
                index = p.current() == null ? steps : lesson.indexOf(p.current()) + 1;
            }
        } catch (CommandException e) {
            step = "unreadable";
        }
        long last = activity.lastCommand();
        return new Row(r.prefix(), lab, k.state(), k.applied(), k.total(), step, index, steps, lang,
                activity.check(), last == 0 ? null : last, r.scenario());
    }

    /** The columns of the table, in order: the board in the TUI shows them the same way. */
    public static final List<String> HEAD = List.of("LAB", "STATE", "FIXES", "STEP", "LANG", "CHECK", "LAST COMMAND");

    /** One row's cells as the table shows them ('-' for what is not known), in {@link #HEAD}'s order. */
    public static List<String> cells(Row r) {
        String fixes = r.fixesTotal() == null ? "-" : r.fixesApplied() + "/" + r.fixesTotal();
        String step = r.step() == null ? "-" : r.stepIndex() == null ? r.step() : r.stepIndex() + "/" + r.steps() + " " + r.step();
        String check = r.check() == null ? "-" : r.check().score() + "/" + r.check().max()
                + (r.check().passed() ? " pass" : " fail") + " at " + CLOCK.format(Instant.ofEpochMilli(r.check().atMillis()));
        String last = r.lastCommandAt() == null ? "-" : CLOCK.format(Instant.ofEpochMilli(r.lastCommandAt()));
        return List.of(r.lab(), r.state(), fixes, step, r.lang() == null ? "-" : r.lang(), check, last);
    }

    @Override
    public void render(PrintStream out, Style style) {
        if (rows.isEmpty()) {
            out.println("no class is up; 'class up N' builds one");
            return;
        }
        Table t = new Table(HEAD, HEAD);
        for (Row r : rows) {
            List<String> c = cells(r);
            Table.Cell state = new Table.Cell(c.get(1), switch (r.state()) {
                case "up" -> "green";
                case "down" -> "dim";
                default -> "red";
            });
            t.row(c.get(0), state, c.get(2), c.get(3), c.get(4), c.get(5), c.get(6));
        }
        t.render(out, style);
    }

    @Override
    public Object json() {
        List<Object> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", r.prefix());
            m.put("lab", r.lab());
            m.put("state", r.state());
            m.put("fixes_applied", r.fixesApplied());
            m.put("fixes_total", r.fixesTotal());
            m.put("step", r.step());
            m.put("step_index", r.stepIndex());
            m.put("steps", r.steps());
            m.put("lang", r.lang());
            m.put("check_score", r.check() == null ? null : r.check().score());
            m.put("check_max", r.check() == null ? null : r.check().max());
            m.put("check_passed", r.check() == null ? null : r.check().passed());
            m.put("check_at", r.check() == null ? null : Instant.ofEpochMilli(r.check().atMillis()).toString());
            m.put("last_command_at", r.lastCommandAt() == null ? null : Instant.ofEpochMilli(r.lastCommandAt()).toString());
            out.add(m);
        }
        return Map.of("labs", out);
    }
}
