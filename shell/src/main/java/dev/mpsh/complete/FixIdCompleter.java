package dev.mpsh.complete;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import java.util.ArrayList;
import java.util.List;

/** {@code fix SUB ID...}: subcommands, then the scenario's fix ids (with titles) and options. */
final class FixIdCompleter implements ArgumentCompleter {
    @Override
    public List<Suggestion> complete(CompletionRequest r) {
        List<Suggestion> out = new ArrayList<>();
        if (r.words().size() == 1) {
            for (String sub : List.of("list", "apply", "revert", "toggle", "show")) {
                out.add(Suggestion.word(sub));
            }
            return out;
        }
        String sub = r.words().get(1);
        if (r.prefix().startsWith("-")) {
            List<String> options = switch (sub) {
                case "apply", "revert" -> List.of("--all", "--with-deps");
                case "toggle" -> List.of("--with-deps");
                default -> List.of("--lang", "--json");
            };
            options.forEach(o -> out.add(Suggestion.word(o)));
            return out;
        }
        if (!List.of("apply", "revert", "toggle", "show").contains(sub)) {
            return out;
        }
        if ((sub.equals("show") || sub.equals("toggle")) && r.words().stream().skip(2).anyMatch(w -> !w.startsWith("-"))) {
            return out; // one id only
        }
        Scenario sc = r.view().scenario();
        if (sc != null) {
            for (Fix f : sc.fixes()) {
                if (!r.words().contains(f.id())) {
                    out.add(Suggestion.word(f.id(), f.title().en(), f.namespace()));
                }
            }
        }
        return out;
    }
}
