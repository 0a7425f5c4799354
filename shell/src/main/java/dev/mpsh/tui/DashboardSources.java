package dev.mpsh.tui;

import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import java.util.concurrent.Executor;

/**
 * What the dashboard shows and drives.
 *
 * @param commands runs command lines and fix toggles, one at a time, off the GUI thread
 * @param echoes   runs echo round trips, so a slow command does not hold the echo console up
 * @param reads    reads the subflow model, so building thousands of rows never holds a key up
 */
public record DashboardSources(Session session, Dispatcher dispatcher, FixRows fixes, FlowRows flows,
                               EchoLink echo, Executor commands, Executor echoes, Executor reads) {
}
