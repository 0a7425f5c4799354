package dev.mpsh.tui;

import dev.mpsh.command.CommandException;
import dev.mpsh.command.Session;
import dev.mpsh.walkthrough.StepView;
import dev.mpsh.walkthrough.Walkthrough;
import java.util.function.Consumer;

/**
 * Follows the session's walkthrough for the pane. The trainee may start (or stop) one after the
 * dashboard opened, so {@link #check} looks again after every command: it subscribes to a
 * walkthrough the first time it sees it, and lets go of one that stopped. Changes in between
 * (a step done, a hint) arrive through the subscription, on the thread that made them.
 */
final class WalkthroughFeed implements AutoCloseable {
    /** What the pane shows: a step, an error, or (both null) that no walkthrough runs. */
    record Shown(StepView view, String error) {
        boolean none() {
            return view == null && error == null;
        }
    }

    private final Session session;
    private final Consumer<StepView> changed;
    private Walkthrough followed;
    private AutoCloseable subscription;

    /** @param changed called with each new view, on any thread */
    WalkthroughFeed(Session session, Consumer<StepView> changed) {
        this.session = session;
        this.changed = changed;
    }

    /** Which walkthrough runs now and where it is; call off the GUI thread (it reads the step's text). */
    synchronized Shown check() {
        Walkthrough w = Walkthrough.of(session);
        if (w != followed) {
            unsubscribe();
            followed = w;
            subscription = w == null ? null : w.onChange(changed);
        }
        if (w == null) {
            return new Shown(null, null);
        }
        try {
            return new Shown(w.view(), null);
        } catch (CommandException | RuntimeException e) {
            return new Shown(null, "walkthrough: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        unsubscribe();
        followed = null;
    }

    private void unsubscribe() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // removing a listener from a list does not fail
            }
            subscription = null;
        }
    }
}
