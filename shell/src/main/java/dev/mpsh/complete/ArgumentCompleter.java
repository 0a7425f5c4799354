package dev.mpsh.complete;

import java.util.List;

/**
 * Completes the arguments of one command word (an mpsh command or a program such as {@code ip}).
 * Registered by word in {@link CompleterRegistry}; the shell filters what it returns by prefix.
 */
@FunctionalInterface
public interface ArgumentCompleter {
    List<Suggestion> complete(CompletionRequest request);
}
