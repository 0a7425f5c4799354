package dev.mpsh.command;

import dev.mpsh.output.Style;
import java.io.PrintStream;

/**
 * Everything a running command may use: the session, its output streams, where it reads
 * interactive lines from, and its Ctrl-C.
 *
 * @param interactive true when a person is at a terminal (prompts, interactive client mode)
 */
public record CommandContext(
        Session session,
        CommandRegistry registry,
        PrintStream out,
        PrintStream err,
        LineSource in,
        Cancellation cancellation,
        Style style,
        boolean interactive) {

    /** The same context writing to other streams, e.g. teed for a recording. */
    public CommandContext withStreams(PrintStream out, PrintStream err) {
        return new CommandContext(session, registry, out, err, in, cancellation, style, interactive);
    }

    /** The same context with a fresh Cancellation, for the next command. */
    public CommandContext next() {
        return new CommandContext(session, registry, out, err, in, new Cancellation(), style, interactive);
    }

    /**
     * Prints lines that arrive while the user may be typing (a background monitor, echo
     * replies): above the prompt in the REPL, plainly elsewhere. Safe from any thread.
     */
    public void printAsync(String text) {
        session.background().println(text);
    }
}
