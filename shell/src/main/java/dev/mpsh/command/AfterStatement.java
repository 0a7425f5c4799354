package dev.mpsh.command;

import java.util.List;

/**
 * Runs after each top-level statement of a session (and, if it likes, before it), once it has finished and printed (e.g. the
 * walkthrough re-reads the lab to see whether the current step is done). Statements run inside
 * another (a script, a replay) are not reported one by one. Add one with
 * {@link Session#addAfterStatement(AfterStatement)}.
 */
public interface AfterStatement {

    /** Runs before the same statements, as they start (e.g. to watch the kernel while one runs). */
    default void before(List<String> words, CommandContext ctx) {
    }

    /** @param status the statement's exit status */
    void after(List<String> words, int status, CommandContext ctx);
}
