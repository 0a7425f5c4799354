package dev.mpsh.mib;

import dev.mpsh.output.Json;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code counters} prints: per namespace its MPTcpExt counters (non-zero ones, or all), or
 * with a command the counters that command moved. Names as nstat prints them (MPTcpExtAddAddr),
 * each with its one-line meaning. JSON (docs/counters.md): {@code {command, status, namespaces:
 * [{namespace, mptcpEnabled, problem, counters: [{name, group, counter, value, before, delta,
 * meaning}]}]}}.
 *
 * @param before  the readings before the command, or null when there is none
 * @param command the command's words joined, or null
 * @param asJson  render as JSON even for people (the command's own --json before "--")
 */
public record CountersReport(List<CounterReading> before, List<CounterReading> after, boolean all,
                             String command, int status, boolean asJson) implements Output {
    private static final String GROUP = CounterMeanings.MPTCP;

    /** One counter row. */
    record Row(String name, long value, Long before, String meaning) {
        long delta() {
            return before == null ? value : value - before;
        }
    }

    /** The rows of one namespace: the kernel's counters (the ones it lacks are simply absent). */
    List<Row> rows(int i) {
        CounterReading now = after.get(i);
        CounterReading then = before == null ? null : before.get(i);
        List<Row> rows = new ArrayList<>();
        if (!now.ok() || (then != null && !then.ok())) {
            return rows;
        }
        for (Map.Entry<String, Long> e : now.mib().group(GROUP).entrySet()) {
            Long was = then == null ? null : then.mib().get(GROUP, e.getKey());
            Row r = new Row(e.getKey(), e.getValue(), was, CounterMeanings.of(e.getKey()));
            boolean shown = all || (then == null ? r.value() != 0 : r.delta() != 0);
            if (shown) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Lines said instead of, or above, a namespace's rows. */
    List<String> notes(int i) {
        CounterReading now = after.get(i);
        CounterReading then = before == null ? null : before.get(i);
        List<String> notes = new ArrayList<>();
        String problem = !now.ok() ? now.problem() : then != null && !then.ok() ? then.problem() : null;
        if (problem != null) {
            notes.add("cannot read the counters: " + problem);
            return notes;
        }
        if (now.mib().group(GROUP).isEmpty()) {
            notes.add("this kernel has no MPTcpExt counters (no MPTCP in it)");
            return notes;
        }
        if (Boolean.FALSE.equals(now.mptcpEnabled())) {
            notes.add("net.mptcp.enabled=0 here: new MPTCP sockets are refused");
        }
        if (rows(i).isEmpty()) {
            notes.add(before == null ? "every MPTcpExt counter is 0" : "no MPTcpExt counter changed");
        }
        return notes;
    }

    /** Whether some namespace could not be read. */
    public boolean failed() {
        return after.stream().anyMatch(r -> !r.ok()) || (before != null && before.stream().anyMatch(r -> !r.ok()));
    }

    @Override
    public void render(PrintStream out, Style style) {
        if (asJson) {
            out.println(Json.document(json()));
            return;
        }
        if (command != null) {
            out.println(style.bold("MPTcpExt counters moved by '" + command + "'")
                    + (status == 0 ? "" : " (it exited with " + status + ")") + ":");
        }
        Table table = command == null
                ? new Table(List.of("namespace", "counter", "value", "meaning"), List.of("NAMESPACE", "COUNTER", "VALUE", "MEANING"))
                : new Table(List.of("namespace", "counter", "delta", "now", "meaning"),
                        List.of("NAMESPACE", "COUNTER", "DELTA", "NOW", "MEANING"));
        List<String> said = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            String ns = after.get(i).namespace();
            for (String n : notes(i)) {
                said.add(ns + ": " + n);
            }
            for (Row r : rows(i)) {
                String meaning = r.meaning() == null ? "" : r.meaning();
                if (command == null) {
                    table.row(ns, GROUP + r.name(), String.valueOf(r.value()), meaning);
                } else {
                    table.row(ns, GROUP + r.name(), (r.delta() > 0 ? "+" : "") + r.delta(), String.valueOf(r.value()), meaning);
                }
            }
        }
        if (!table.rows().isEmpty()) {
            table.render(out, style);
        }
        for (String s : said) {
            out.println(s.contains("cannot read") ? style.red(s) : style.yellow(s));
        }
    }

    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command);
        m.put("status", command == null ? null : status);
        List<Object> nss = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            CounterReading now = after.get(i);
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("namespace", now.namespace());
            n.put("mptcp_enabled", now.mptcpEnabled());
            n.put("problem", now.ok() ? (before != null && !before.get(i).ok() ? before.get(i).problem() : null) : now.problem());
            n.put("notes", notes(i).stream().filter(s -> !s.startsWith("cannot read")).toList());
            n.put("counters", rows(i).stream().map(r -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", GROUP + r.name());
                c.put("group", GROUP);
                c.put("counter", r.name());
                c.put("value", r.value());
                c.put("before", r.before());
                c.put("delta", before == null ? null : r.delta());
                c.put("meaning", r.meaning());
                return c;
            }).toList());
            nss.add(n);
        }
        m.put("namespaces", nss);
        return m;
    }
}
