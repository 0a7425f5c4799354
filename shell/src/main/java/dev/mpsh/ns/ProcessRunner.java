package dev.mpsh.ns;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import java.util.List;

/** Runs a real program for the shell and waits for it; swapped for a fake in tests. */
@FunctionalInterface
public interface ProcessRunner {

    /**
     * Runs {@code argv} with the terminal, until it exits or the context's Cancellation stops it.
     *
     * @return the program's exit status (128 + signal when a signal ended it)
     * @throws CommandException when it cannot be started
     */
    int run(List<String> argv, CommandContext ctx) throws CommandException;
}
