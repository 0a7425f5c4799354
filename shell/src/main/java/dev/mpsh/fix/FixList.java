package dev.mpsh.fix;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code fix list}: every fix with its live state. JSON: a list of
 * {@code {id, namespace, state, title, requires, probes: [{expected, actual, holds}]}};
 * state is "applied", "partly", "not applied", or null when the lab is down.
 *
 * @param statuses null when the lab is down (no state can be read)
 */
record FixList(FixCatalog catalog, List<FixStatus> statuses, String lang) implements Output {

    @Override
    public void render(PrintStream out, Style style) {
        Table t = new Table(List.of("id", "namespace", "state", "title"), List.of("FIX", "NAMESPACE", "STATE", "TITLE"));
        for (int i = 0; i < catalog.all().size(); i++) {
            var f = catalog.all().get(i);
            t.row(f.id(), f.namespace(), statuses == null ? new Table.Cell("?", "dim") : cell(statuses.get(i).state()),
                    f.title().in(lang));
        }
        t.render(out, style);
        if (statuses == null) {
            out.println("(the lab is down: states are unknown; 'lab up' builds it)");
        }
    }

    static Table.Cell cell(FixState s) {
        return new Table.Cell(s.word(), switch (s) {
            case APPLIED -> "green";
            case PARTLY -> "yellow";
            case NOT_APPLIED -> "red";
        });
    }

    @Override
    public Object json() {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < catalog.all().size(); i++) {
            var f = catalog.all().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("namespace", f.namespace());
            m.put("state", statuses == null ? null : statuses.get(i).state().word());
            m.put("title", f.title().in(lang));
            m.put("requires", f.requires());
            List<Object> probes = new ArrayList<>();
            if (statuses != null) {
                for (ProbeResult r : statuses.get(i).results()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("expected", r.expected());
                    p.put("actual", r.actual());
                    p.put("holds", r.holds());
                    probes.add(p);
                }
            }
            m.put("probes", probes);
            out.add(m);
        }
        return Map.of("fixes", out);
    }
}
