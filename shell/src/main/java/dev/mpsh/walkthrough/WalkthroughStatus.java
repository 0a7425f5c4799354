package dev.mpsh.walkthrough;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code walkthrough status}: each step with its state. JSON:
 * {@code {lab, lang, file, steps: [{number, id, title, state, current}]}}.
 */
public record WalkthroughStatus(String lab, String lang, String file, List<Row> rows) implements Output {

    public record Row(int number, String id, String title, StepState state, boolean current) {
    }

    public WalkthroughStatus {
        rows = List.copyOf(rows);
    }

    public long done() {
        return rows.stream().filter(r -> r.state() == StepState.DONE).count();
    }

    @Override
    public void render(PrintStream out, Style style) {
        out.println(Messages.get(lang, "status", lab, lang, done(), rows.size()));
        for (Row r : rows) {
            String mark = switch (r.state()) {
                case DONE -> style.green(pad(Messages.get(lang, "state.done")));
                case SKIPPED -> style.yellow(pad(Messages.get(lang, "state.skipped")));
                case TODO -> pad(Messages.get(lang, "state.todo"));
            };
            out.println((r.current() ? style.bold("» ") : "  ") + r.number() + ". " + mark + " " + r.title() + style.dim("  (" + r.id() + ")"));
        }
        out.println(style.dim(Messages.get(lang, "kept", file)));
    }

    /** State words in one column: Japanese characters take two cells. */
    private String pad(String word) {
        int cells = word.codePoints().map(c -> c > 0x2e80 ? 2 : 1).sum();
        return word + " ".repeat(Math.max(0, 8 - cells));
    }

    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lab", lab);
        m.put("lang", lang);
        m.put("file", file);
        m.put("steps", rows.stream().map(r -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("number", r.number());
            s.put("id", r.id());
            s.put("title", r.title());
            s.put("state", r.state().word());
            s.put("current", r.current());
            return (Object) s;
        }).toList());
        return m;
    }
}
