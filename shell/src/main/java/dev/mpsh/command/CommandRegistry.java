package dev.mpsh.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one place commands are registered: by name and alias, in registration order. */
public final class CommandRegistry {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();

    public CommandRegistry register(Command command) {
        add(command.name(), command);
        for (String alias : command.aliases()) {
            add(alias, command);
        }
        commands.add(command);
        return this;
    }

    private void add(String word, Command command) {
        if (byName.putIfAbsent(word, command) != null) {
            throw new IllegalStateException("two commands claim the word '" + word + "'");
        }
    }

    public Optional<Command> find(String word) {
        return Optional.ofNullable(byName.get(word));
    }

    /** Every command once, in registration order. */
    public Collection<Command> commands() {
        return List.copyOf(commands);
    }

    /** Every word that invokes a command, aliases included. */
    public Collection<String> words() {
        return List.copyOf(byName.keySet());
    }
}
