package dev.mpsh.walkthrough;

import dev.mpsh.api.Step;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import java.util.List;

/** What the walkthrough asks of the live lab: which fixes are in place, and how the check goes. */
public interface LabState {

    /** The fixes among these whose probes do not all hold now, in the given order. */
    List<String> missingFixes(List<String> fixIds) throws CommandException;

    /**
     * Runs the scenario's check on the lab now (real connections) and returns the ids of the
     * criteria that failed, bonus ones included.
     */
    List<String> failedCriteria(CommandContext ctx) throws CommandException;

    /**
     * Starts watching the client's kernel for the handover while a command runs (see
     * {@link HandoverWatch}).
     */
    HandoverWatch watch(Step.Handover handover) throws CommandException;
}
