package dev.mpsh.command;

import java.util.List;

/**
 * Runs after each top-level statement of a session, once it has finished and printed (e.g. the
 * walkthrough re-reads the lab to see whether the current step is done). Statements run inside
 * another (a script, a replay) are not reported one by one. Add one with
 * {@link Session#addAfterStatement(AfterStatement)}.
 */
public interface AfterStatement {

    /** @param status the statement's exit status */
    void after(List<String> words, int status, CommandContext ctx);
}
