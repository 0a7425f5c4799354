package dev.mpsh.classroom;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code class up} did: per lab, up or why not, and how its trainee reaches it. JSON:
 * {@code {"class", "labs": [{"lab", "state", "error", "command", "account"}]}}; state is "up"
 * or "failed", account is the SSH account of the recipe (with --confine), else null.
 *
 * @param failures per lab, null when it came up, else the one-line error
 */
record ClassUp(String prefix, List<String> labs, List<String> failures, boolean confine) implements Output {

    /** What the trainee of lab runs. */
    String command(String lab) {
        return confine ? "sudo /usr/bin/mpsh --lab " + lab + " --confine" : "sudo mpsh --lab " + lab;
    }

    /** The SSH account of the recipe in docs/class.md: trainee07 for t07. */
    String account(String lab) {
        return "trainee" + lab.substring(prefix.length());
    }

    @Override
    public void render(PrintStream out, Style style) {
        List<String> head = new ArrayList<>(List.of("LAB", "STATE"));
        if (confine) {
            head.add("SSH ACCOUNT");
            head.add("ITS FORCECOMMAND");
        } else {
            head.add("THE TRAINEE RUNS");
        }
        Table t = new Table(head, head);
        for (int i = 0; i < labs.size(); i++) {
            String lab = labs.get(i);
            Table.Cell state = failures.get(i) == null ? new Table.Cell("up", "green") : new Table.Cell("failed", "red");
            if (confine) {
                t.row(lab, state, account(lab), command(lab));
            } else {
                t.row(lab, state, command(lab));
            }
        }
        t.render(out, style);
        int failed = 0;
        for (int i = 0; i < labs.size(); i++) {
            if (failures.get(i) != null) {
                failed++;
                out.println(style.red(labs.get(i) + ": " + failures.get(i)));
            }
        }
        out.println(failed == 0 ? "class '" + prefix + "' is up: " + labs.size() + " labs; 'class status' is the board"
                : "class '" + prefix + "': " + (labs.size() - failed) + " of " + labs.size()
                        + " labs up; 'class down' removes them, 'class up' again after it builds the class anew");
        if (confine) {
            out.println("each account logs in over SSH to its lab alone: docs/class.md has the sshd and sudoers lines");
        }
    }

    @Override
    public Object json() {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < labs.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lab", labs.get(i));
            m.put("state", failures.get(i) == null ? "up" : "failed");
            m.put("error", failures.get(i));
            m.put("command", command(labs.get(i)));
            m.put("account", confine ? account(labs.get(i)) : null);
            rows.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("class", prefix);
        out.put("labs", rows);
        return out;
    }
}
