package dev.mpsh.complete;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.Wan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario's WANs where commands take one: {@code drill KIND WAN [options]} and
 * {@code lab shape WAN RATE | --clear [WAN]} (the other lab subcommands complete by name).
 */
final class WanCompleter {
    private static final List<String> RATES = List.of("10mbit", "20mbit", "50mbit", "100mbit");

    private WanCompleter() {
    }

    private static List<Suggestion> wans(CompletionRequest r) {
        Scenario sc = r.view().scenario();
        return sc == null ? List.of() : sc.wans().links().stream()
                .map(w -> Suggestion.word(w.device(), w.label(), "WANs")).toList();
    }

    static ArgumentCompleter drill(List<String> subcommands) {
        List<String> options = List.of("--at", "--for", "--length", "-addr", "-v", "--json");
        return r -> {
            int n = r.words().size();
            if (n == 1) {
                return subcommands.stream().map(Suggestion::word).toList();
            }
            if (r.words().get(1).equals("restore")) {
                return List.of();
            }
            if (n == 2) {
                return wans(r);
            }
            String last = r.words().get(n - 1);
            if (List.of("--at", "--for", "--length").contains(last)) {
                return Stream.of("1s", "3s", "5s", "10s").map(Suggestion::word).toList();
            }
            if (last.equals("-addr")) {
                return r.view().addresses().stream().map(a -> Suggestion.word(a + ":80")).toList();
            }
            return options.stream().filter(o -> !r.words().contains(o)).map(Suggestion::word).toList();
        };
    }

    static ArgumentCompleter lab(List<String> subcommands) {
        return r -> {
            int n = r.words().size();
            if (n == 1) {
                return subcommands.stream().map(Suggestion::word).toList();
            }
            if (!r.words().get(1).equals("shape")) {
                return List.of();
            }
            List<String> rest = r.words().subList(2, n);
            if (rest.contains("--clear")) {
                return rest.size() == 1 ? wans(r) : List.of();
            }
            if (rest.isEmpty()) {
                List<Suggestion> out = new ArrayList<>(wans(r));
                out.add(Suggestion.word("--clear", "remove the shaping", null));
                return out;
            }
            boolean afterWan = rest.size() == 1 && wans(r).stream().anyMatch(s -> s.value().equals(rest.get(0)));
            return afterWan ? RATES.stream().map(Suggestion::word).toList() : List.of();
        };
    }
}
