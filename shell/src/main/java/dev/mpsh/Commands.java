package dev.mpsh;

import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.ExitCommand;
import dev.mpsh.command.HelpCommand;

/** The one place where mpsh's commands are registered. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        return new CommandRegistry()
                .register(new HelpCommand())
                .register(new ExitCommand());
    }
}
