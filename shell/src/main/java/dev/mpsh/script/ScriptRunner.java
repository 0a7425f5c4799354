package dev.mpsh.script;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.repl.Prompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a file of mpsh lines (comments as in {@link dev.mpsh.command.LineParser}): stops at the
 * first failure unless told to keep going, and at {@code exit}. Used by {@code source} and by
 * {@code mpsh FILE}.
 */
public final class ScriptRunner {
    /** Exit status when Ctrl-C stopped the script. */
    public static final int STATUS_INTERRUPTED = 130;
    private static final int MAX_DEPTH = 16;
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final Dispatcher dispatcher;

    public ScriptRunner(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * @param echo print each line after the prompt before running it, as a transcript would
     * @return the status of the last line run, or of the failure that stopped the script; an
     *     {@code exit} leaves {@link dev.mpsh.command.Session#exitStatus()} set
     * @throws CommandException when the file cannot be read, or a failure stopped it (the
     *     failing command has already printed its own error)
     */
    public int run(Path file, CommandContext ctx, boolean echo, boolean keepGoing) throws CommandException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandException("no such script file: " + file + "; check the path", 66);
        } catch (IOException e) {
            throw new CommandException("cannot read " + file + ": " + e.getMessage(), 66);
        }
        if (DEPTH.get() >= MAX_DEPTH) {
            throw new CommandException("scripts nested more than " + MAX_DEPTH + " deep; does " + file + " source itself?");
        }
        DEPTH.set(DEPTH.get() + 1);
        try {
            return runLines(file, lines, ctx, echo, keepGoing);
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
    }

    private int runLines(Path file, List<String> lines, CommandContext ctx, boolean echo, boolean keepGoing)
            throws CommandException {
        int last = 0;
        int failure = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (echo && !line.isBlank()) {
                ctx.out().println(Prompt.render(ctx.session(), ctx.style()) + line);
            }
            last = dispatcher.execute(line, ctx);
            if (ctx.session().exitStatus() != null) {
                return ctx.session().exitStatus();
            }
            if (ctx.cancellation().isCancelled()) {
                throw new CommandException("interrupted at " + file + ":" + (n + 1), STATUS_INTERRUPTED);
            }
            if (last != 0) {
                failure = last;
                if (!keepGoing) {
                    throw new CommandException("stopped at " + file + ":" + (n + 1) + " (status " + last
                            + "); add --keep-going to run past failures", last);
                }
            }
        }
        return keepGoing ? failure : last;
    }
}
