package dev.mpsh.tui;

import java.util.List;

/** What the subflow pane needs: a snapshot of the live model and a word when it changes. */
public interface FlowRows extends AutoCloseable {

    List<FlowRow> rows();

    /** Called from any thread after the model changed; the pane coalesces the redraws. */
    void onChange(Runnable listener);

    /** A one-line note about the model (e.g. "events lost: resynchronising"), or null. */
    default String health() {
        return null;
    }

    /**
     * The WAN links now in one line, e.g. "DEV LABEL up · DEV LABEL blackholed, shaped
     * 10 Mbit/s", or null when the lab declares none or cannot be read. Called off the GUI thread.
     */
    default String links() {
        return null;
    }

    @Override
    default void close() {
    }
}
