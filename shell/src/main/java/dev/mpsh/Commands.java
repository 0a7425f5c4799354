package dev.mpsh;

import dev.mpsh.client.ClientCommand;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.ExitCommand;
import dev.mpsh.command.HelpCommand;
import dev.mpsh.mptcp.MonitorCommand;

/** The one place where mpsh's commands are registered. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        return new CommandRegistry()
                .register(new HelpCommand())
                .register(new ExitCommand())
                .register(new ClientCommand())
                .register(new MonitorCommand());
    }
}
