package dev.mpsh.complete;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Argument completers by command word: mpsh commands ({@code ns}, {@code source}) and programs
 * run in namespaces ({@code ip}, {@code sysctl}, {@code tcpdump}). The place to plug in more
 * (fix ids, recording files).
 */
public final class CompleterRegistry {
    private final Map<String, ArgumentCompleter> byWord = new HashMap<>();

    public CompleterRegistry register(String word, ArgumentCompleter completer) {
        byWord.put(word, completer);
        return this;
    }

    public Optional<ArgumentCompleter> find(String word) {
        return Optional.ofNullable(byWord.get(word));
    }
}
