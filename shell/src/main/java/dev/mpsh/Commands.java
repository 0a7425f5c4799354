package dev.mpsh;

import dev.mpsh.client.ClientCommand;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.ExitCommand;
import dev.mpsh.command.HelpCommand;
import dev.mpsh.lab.LabCommand;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.mptcp.MonitorCommand;

/** The one place where mpsh's commands are registered. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        return all(new ScenarioSource());
    }

    /** The commands, sharing one scenario source with the session's namespace view. */
    public static CommandRegistry all(ScenarioSource scenario) {
        return new CommandRegistry()
                .register(new HelpCommand())
                .register(new LabCommand(scenario))
                .register(new ExitCommand())
                .register(new ClientCommand())
                .register(new MonitorCommand());
    }
}
