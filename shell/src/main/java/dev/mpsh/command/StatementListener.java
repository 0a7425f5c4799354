package dev.mpsh.command;

import java.time.Duration;
import java.util.List;

/**
 * Told about each statement the {@link Dispatcher} runs for a session, e.g. by {@code record}.
 * Set it with {@link Session#statementListener(StatementListener)}. Only top-level statements
 * are reported: a statement that runs others (a script, a replay) is reported once, as a whole.
 */
public interface StatementListener {

    /** Before the statement runs. */
    void started(List<String> words);

    /**
     * After it ran.
     *
     * @param output what the user saw, stdout and stderr interleaved in the order written,
     *     exactly as written (colour codes included)
     */
    void finished(List<String> words, int status, String output, Duration took);
}
