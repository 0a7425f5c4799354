package dev.mpsh.plugin;

import dev.mpsh.api.Check;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Step;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code scenario show NAME} shows. JSON: {@code {id, title, from, namespaces, servers,
 * fixes: [{id, namespace, title}], check: {from, to, criteria: [{id, kind, points, bonus,
 * title}]} or null, lesson: [STEP-ID...]}}.
 */
record ScenarioView(InstalledScenario installed, String lang) implements Output {

    @Override
    public void render(PrintStream out, Style style) {
        Scenario sc = installed.scenario();
        out.println(style.bold(sc.id()) + ": " + sc.title().in(lang));
        line(out, "from", installed.origin());
        line(out, "namespaces", String.join(", ", sc.namespaces()));
        line(out, "servers", String.join("; ", ScenarioCommand.servers(sc)));
        out.println("fixes (" + sc.fixes().size() + "):");
        ScenarioCommand.fixes(sc, lang).forEach(f -> out.println("  " + f));
        Check c = sc.check();
        if (c != null) {
            out.println("check: from " + c.namespace() + " to " + c.address() + ":" + c.port() + ", up to "
                    + c.attempts() + " connections in " + dev.mpsh.check.CheckCommand.seconds(c.withinMillis()));
            c.criteria().forEach(cr -> out.println("  " + ScenarioCommand.criterion(cr, lang)));
        }
        if (sc.lesson() != null) {
            line(out, "walkthrough", sc.lesson().steps().size() + " steps: " + String.join(", ", sc.lesson().ids()));
        }
        if (installed.recordings() != null) {
            line(out, "recordings", installed.recordings().toString());
        }
    }

    private static void line(PrintStream out, String key, String value) {
        out.println(key + ": " + value);
    }

    @Override
    public Object json() {
        Scenario sc = installed.scenario();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", sc.id());
        m.put("title", sc.title().in(lang));
        m.put("from", installed.origin());
        m.put("namespaces", sc.namespaces());
        m.put("servers", ScenarioCommand.serverNames(sc));
        m.put("fixes", sc.fixes().stream().map(f -> {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("id", f.id());
            fm.put("namespace", f.namespace());
            fm.put("title", f.title().in(lang));
            return fm;
        }).toList());
        Check c = sc.check();
        if (c == null) {
            m.put("check", null);
        } else {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("from", c.namespace());
            cm.put("to", c.address() + ":" + c.port());
            cm.put("criteria", c.criteria().stream().map(cr -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", cr.id());
                x.put("kind", cr.kind());
                x.put("points", cr.points());
                x.put("bonus", cr.bonus());
                x.put("title", cr.title().in(lang));
                return x;
            }).toList());
            m.put("check", cm);
        }
        m.put("lesson", sc.lesson() == null ? List.of() : sc.lesson().steps().stream().map(Step::id).toList());
        return m;
    }
}
