package dev.mpsh.plugin;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code scenario list} shows. JSON: {@code {scenarios: [{id, title, from, current}],
 * problems: [LINE...]}}; {@code from} is "built in" or the plugin's path.
 */
record ScenarioList(List<InstalledScenario> scenarios, List<String> problems, String current, String lang) implements Output {

    @Override
    public void render(PrintStream out, Style style) {
        Table t = new Table(List.of("mark", "id", "title", "from"), List.of(" ", "ID", "TITLE", "FROM"));
        for (InstalledScenario s : scenarios) {
            t.row(s.id().equals(current) ? "*" : "", s.id(), s.scenario().title().in(lang), s.origin());
        }
        t.render(out, style);
        if (!problems.isEmpty()) {
            out.println();
            out.println(style.yellow(problems.size() + (problems.size() == 1 ? " plugin did not load:" : " plugins did not load:")));
            problems.forEach(p -> out.println("  " + p));
        }
    }

    @Override
    public Object json() {
        List<Object> list = new ArrayList<>();
        for (InstalledScenario s : scenarios) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.scenario().title().in(lang));
            m.put("from", s.origin());
            m.put("current", s.id().equals(current));
            list.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenarios", list);
        m.put("problems", problems);
        return m;
    }
}
