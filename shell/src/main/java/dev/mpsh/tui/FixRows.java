package dev.mpsh.tui;

import dev.mpsh.command.CommandContext;
import java.util.List;

/** What the fixes pane needs: the fixes with their live state, and a toggle. */
public interface FixRows {

    /** Every fix with its state read now; may take a moment (it probes the kernel). */
    List<FixRow> rows();

    /**
     * Applies the fix if it is not applied, reverts it otherwise, printing the commands it runs
     * and any error to the context's streams.
     *
     * @return the exit status, 0 when done
     */
    int toggle(String id, CommandContext ctx);
}
