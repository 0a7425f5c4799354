package dev.mpsh;

import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.ExitCommand;
import dev.mpsh.command.HelpCommand;
import dev.mpsh.record.RecordCommand;
import dev.mpsh.record.ReplayCommand;

/** The one place where mpsh's commands are registered. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        return new CommandRegistry()
                .register(new HelpCommand())
                .register(new ExitCommand())
                .register(new RecordCommand())
                .register(new ReplayCommand());
    }
}
