package dev.mpsh.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Ctrl-C for the running command. The front end calls {@link #cancel()}; a command that blocks
 * (a socket read, a netlink receive, a child process) registers a hook that unblocks it.
 */
public final class Cancellation {
    private final List<Runnable> hooks = new ArrayList<>();
    private boolean cancelled;

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Whether something blocked is waiting to be woken by {@link #cancel()} (a hook is registered). */
    public synchronized boolean armed() {
        return !hooks.isEmpty();
    }

    /** Runs {@code hook} on cancel, at once if already cancelled. Returns a handle that removes it. */
    public AutoCloseable onCancel(Runnable hook) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                hooks.add(hook);
            }
        }
        if (runNow) {
            hook.run();
        }
        return () -> {
            synchronized (this) {
                hooks.remove(hook);
            }
        };
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(hooks);
            hooks.clear();
        }
        for (Runnable r : toRun) {
            try {
                r.run();
            } catch (RuntimeException ignored) {
                // a hook that fails must not keep the others from running
            }
        }
    }
}
