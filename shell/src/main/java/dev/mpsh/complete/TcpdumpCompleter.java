package dev.mpsh.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code tcpdump -i IF} (also {@code -ni}, {@code -nni}): the target namespace's interfaces. */
public final class TcpdumpCompleter implements ArgumentCompleter {
    private static final Pattern INTERFACE_OPTION = Pattern.compile("-[A-Za-z]*i");

    @Override
    public List<Suggestion> complete(CompletionRequest r) {
        if (INTERFACE_OPTION.matcher(r.previous()).matches()) {
            List<Suggestion> out = new ArrayList<>();
            r.interfaces().forEach(i -> out.add(Suggestion.word(i)));
            out.add(Suggestion.word("any"));
            return out;
        }
        if (r.prefix().startsWith("-")) {
            return List.of(Suggestion.word("-i"), Suggestion.word("-ni"), Suggestion.word("-w"), Suggestion.word("-c"));
        }
        return List.of();
    }
}
