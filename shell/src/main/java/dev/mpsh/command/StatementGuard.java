package dev.mpsh.command;

import java.util.List;

/**
 * Decides, before the dispatcher runs a statement, whether this session may run it at all (a
 * shell confined to one lab refuses what reaches beyond it, see {@code dev.mpsh.confine}). Set
 * one with {@link Session#guard(StatementGuard)}; it sees every statement, nested ones too
 * (scripts, replays, {@code counters -- CMD}).
 */
public interface StatementGuard {

    /**
     * Why the statement may not run, as one line, or null when it may.
     *
     * @param command     the command the words name, or the passthrough when no command does
     * @param words       the statement's words, the command word first
     * @param passthrough true when the words run as a real program ({@code PROGRAM…} or {@code NAME PROGRAM…})
     */
    String refusal(Command command, List<String> words, boolean passthrough, Session session);
}
