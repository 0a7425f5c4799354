package dev.mpsh.check;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code check}. JSON: {@code {passed, score, max, criteria: [{id, title, points,
 * bonus, passed, expected, actual}], connections: [{attempt, connected, mptcp, echo, error,
 * local, local_iface, initial, backend, deny_join, announced, subflows: [{iface, saddr, daddr,
 * dport, backup}]}]}}.
 */
public record CheckReport(List<Verdict> verdicts, List<Attempt> attempts, String lang) implements Output {

    /** The end state holds: every criterion that is not a bonus passed. */
    public boolean passed() {
        return verdicts.stream().filter(v -> !v.criterion().bonus()).allMatch(Verdict::passed);
    }

    public int score() {
        return verdicts.stream().mapToInt(Verdict::score).sum();
    }

    public int max() {
        return verdicts.stream().mapToInt(v -> v.criterion().points()).sum();
    }

    /** The ids of the criteria that failed, in order. */
    public List<String> failed() {
        return verdicts.stream().filter(v -> !v.passed()).map(v -> v.criterion().id()).toList();
    }

    @Override
    public void render(PrintStream out, Style style) {
        int n = 0;
        for (Verdict v : verdicts) {
            String mark = v.passed() ? style.green("PASS") : style.red("FAIL");
            String label = v.criterion().bonus() ? "bonus" : String.valueOf(++n);
            out.println(mark + " " + label + ". " + v.criterion().title().in(lang)
                    + "  (" + v.score() + "/" + v.criterion().points() + ")");
            out.println("       expected: " + v.expected());
            out.println("       actual:   " + v.actual());
        }
        out.println();
        out.println("connections: " + attempts.size() + (attempts.size() == 1 ? " attempt; " : " attempts; ") + backendsLine());
        out.println("score: " + score() + "/" + max() + " — "
                + (passed() ? style.green("the end state holds") : style.red("the end state does not hold ('diagnose' says why)")));
    }

    private String backendsLine() {
        Map<String, Integer> by = new LinkedHashMap<>();
        int failed = 0;
        for (Attempt a : attempts) {
            if (!a.connected()) {
                failed++;
            } else {
                // a connection that fell back to TCP leaves no MPTCP event at the server to name it by
                by.merge(a.backend() != null ? a.backend() : a.mptcp() ? "unknown backend" : "plain TCP", 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        by.forEach((k, v) -> parts.add(k + " " + v));
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        return String.join(", ", parts);
    }

    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", passed());
        m.put("score", score());
        m.put("max", max());
        List<Object> cs = new ArrayList<>();
        for (Verdict v : verdicts) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", v.criterion().id());
            c.put("title", v.criterion().title().in(lang));
            c.put("points", v.criterion().points());
            c.put("bonus", v.criterion().bonus());
            c.put("passed", v.passed());
            c.put("expected", v.expected());
            c.put("actual", v.actual());
            cs.add(c);
        }
        m.put("criteria", cs);
        m.put("connections", attempts.stream().map(CheckReport::attemptJson).toList());
        return m;
    }

    static Map<String, Object> attemptJson(Attempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempt", a.number());
        m.put("connected", a.connected());
        m.put("mptcp", a.mptcp());
        m.put("echo", a.echoed());
        m.put("error", a.error());
        m.put("local", a.local());
        m.put("local_iface", a.localIface());
        m.put("initial", a.initial());
        m.put("backend", a.backend());
        m.put("deny_join", a.denyJoin());
        m.put("announced", a.announced());
        List<Object> sfs = new ArrayList<>();
        for (Attempt.Join j : a.subflows()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("iface", j.iface());
            s.put("saddr", j.saddr());
            s.put("daddr", j.daddr());
            s.put("dport", j.dport());
            s.put("backup", j.backup());
            sfs.add(s);
        }
        m.put("subflows", sfs);
        m.put("not_joined", a.notJoined());
        m.put("path_manager", a.pathManager());
        return m;
    }
}
