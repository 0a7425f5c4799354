package dev.mpsh.diagnose;

import dev.mpsh.check.Attempt;
import dev.mpsh.fix.ProbeResult;
import dev.mpsh.output.Wrap;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code diagnose} prints. JSON: {@code {healthy, connections: {attempts, connected,
 * backends: {NAME: N}, summary}, broken: [{fix, namespace, state, title, requires_first,
 * settings: [{expected, actual, command}], why, evidence: [{what, count, command}]}], fine: [IDS]}}.
 */
public record DiagnoseReport(Diagnosis.Result result, String lang, List<String> serversDown) implements Output {

    public DiagnoseReport {
        serversDown = List.copyOf(serversDown);
    }

    /** A report with every server up (or not asked). */
    public DiagnoseReport(Diagnosis.Result result, String lang) {
        this(result, lang, List.of());
    }


    /** Nothing is broken: every fix holds and every attempt connected. */
    public boolean healthy() {
        return result.findings().isEmpty() && result.attempts().stream().allMatch(Attempt::ok);
    }

    String connections() {
        List<Attempt> a = result.attempts();
        if (a.isEmpty()) {
            return "no connection was attempted (the scenario has no check section)";
        }
        long ok = a.stream().filter(Attempt::ok).count();
        StringBuilder sb = new StringBuilder(ok + " of " + a.size() + " connections worked");
        List<String> errors = a.stream().filter(x -> !x.ok()).map(x -> x.error() == null ? "fell back to TCP" : x.error()).distinct().toList();
        if (!errors.isEmpty()) {
            sb.append(" (").append(String.join("; ", errors)).append(')');
        }
        Map<String, Integer> by = backends();
        if (!by.isEmpty()) {
            List<String> parts = new ArrayList<>();
            by.forEach((k, v) -> parts.add(k + " " + v));
            sb.append("; served by ").append(String.join(", ", parts));
        }
        long joins = a.stream().filter(Attempt::ok).filter(x -> !x.subflows().isEmpty()).count();
        long announced = a.stream().filter(Attempt::ok).filter(x -> !x.announced().isEmpty()).count();
        if (ok > 0) {
            sb.append("; ").append(announced).append(" got ANNOUNCED, ").append(joins).append(" opened additional subflows");
        }
        return sb.toString();
    }

    private Map<String, Integer> backends() {
        Map<String, Integer> by = new TreeMap<>();
        result.attempts().stream().filter(x -> x.backend() != null).forEach(x -> by.merge(x.backend(), 1, Integer::sum));
        return by;
    }

    @Override
    public void render(PrintStream out, Style style) {
        out.println("connections: " + connections());
        if (result.findings().isEmpty()) {
            out.println(healthy() ? style.green("nothing is broken: every fix is in place and every connection worked")
                    : style.yellow("every fix is in place, yet not every connection worked: something outside the fixes changed;"
                    + " compare with 'lab script setup' or start over with 'lab reset'"));
            return;
        }
        renderFindings(out, style);
    }

    /** The numbered list of fixes not in place, each with its settings, why it matters and what to do. */
    public void renderFindings(PrintStream out, Style style) {
        int broken = result.findings().size();
        out.println(style.bold(broken + (broken == 1 ? " fix is not in place:" : " fixes are not in place:")));
        int n = 0;
        for (Finding f : result.findings()) {
            var fix = f.status().fix();
            out.println();
            out.println(++n + ". " + style.bold(fix.id()) + " [" + fix.namespace() + "] " + fix.title().in(lang)
                    + " — " + f.status().state().word());
            for (ProbeResult r : f.status().failing()) {
                out.println("   setting:  " + r.expected() + " expected, found " + r.actual());
                out.println("             see: " + r.command(f.netns()));
            }
            if (fix.symptom() != null) {
                out.println(Wrap.text(fix.symptom().in(lang), "   why:      ", "             "));
            }
            for (Observation o : f.evidence()) {
                out.println("   evidence: " + o.what());
                out.println("             see: " + o.command());
            }
            if (!f.blockedBy().isEmpty()) {
                out.println("   first:    needs " + String.join(", ", f.blockedBy()) + "; 'fix apply --with-deps " + fix.id() + "'");
            } else {
                out.println("   fix:      'fix apply " + fix.id() + "' ('fix show " + fix.id() + "' explains it)");
            }
        }
    }

    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("healthy", healthy() && serversDown.isEmpty());
        m.put("servers_down", serversDown);
        m.put("connections", connectionsJson());
        m.put("broken", brokenJson());
        m.put("fine", result.fine());
        return m;
    }

    private Map<String, Object> connectionsJson() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("attempts", result.attempts().size());
        c.put("connected", result.attempts().stream().filter(Attempt::ok).count());
        c.put("backends", backends());
        c.put("summary", connections());
        return c;
    }

    /** The "broken" list of the JSON form: one object per fix not in place. */
    public List<Object> brokenJson() {
        List<Object> broken = new ArrayList<>();
        for (Finding f : result.findings()) {
            var fix = f.status().fix();
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("fix", fix.id());
            b.put("namespace", fix.namespace());
            b.put("state", f.status().state().word());
            b.put("title", fix.title().in(lang));
            b.put("requires_first", f.blockedBy());
            List<Object> settings = new ArrayList<>();
            for (ProbeResult r : f.status().failing()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("expected", r.expected());
                s.put("actual", r.actual());
                s.put("command", r.command(f.netns()));
                settings.add(s);
            }
            b.put("settings", settings);
            b.put("why", fix.symptom() == null ? null : fix.symptom().in(lang));
            List<Object> ev = new ArrayList<>();
            for (Observation o : f.evidence()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("what", o.what());
                e.put("count", o.count());
                e.put("command", o.command());
                ev.add(e);
            }
            b.put("evidence", ev);
            broken.add(b);
        }
        return broken;
    }
}
