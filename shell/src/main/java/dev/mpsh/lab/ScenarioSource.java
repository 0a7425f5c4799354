package dev.mpsh.lab;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioFormatException;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.api.ScenarioPlugins;
import dev.mpsh.command.CommandException;
import java.io.IOException;
import java.util.List;

/** Where a lab's scenario comes from: the scenario plugins, read once and kept. */
public final class ScenarioSource {
    /** Picks a scenario when more than one plugin is installed. */
    public static final String PROPERTY = "mpsh.scenario";

    private Scenario scenario;
    private ScenarioPlugin plugin;

    /** Reads the installed plugins on first use. */
    public ScenarioSource() {
    }

    /** Always this scenario (tests, and scenarios loaded by other means). */
    public static ScenarioSource of(Scenario scenario) {
        ScenarioSource s = new ScenarioSource();
        s.scenario = scenario;
        return s;
    }

    /** The same with the plugin its resources (lesson texts) come from. */
    public static ScenarioSource of(Scenario scenario, ScenarioPlugin plugin) {
        ScenarioSource s = of(scenario);
        s.plugin = plugin;
        return s;
    }

    /** The plugin the scenario came from; null when it was given without one. */
    public synchronized ScenarioPlugin plugin() throws CommandException {
        if (scenario == null) {
            get();
        }
        return plugin;
    }

    /** The scenario: the only plugin's, or the one named by -Dmpsh.scenario=ID. */
    public synchronized Scenario get() throws CommandException {
        if (scenario != null) {
            return scenario;
        }
        List<ScenarioPlugin> plugins = ScenarioPlugins.all(ScenarioSource.class.getClassLoader());
        String wanted = System.getProperty(PROPERTY);
        List<String> ids = plugins.stream().map(ScenarioPlugin::id).toList();
        ScenarioPlugin plugin;
        if (wanted != null) {
            plugin = plugins.stream().filter(p -> p.id().equals(wanted)).findFirst().orElseThrow(() -> new CommandException(
                    "no scenario plugin '" + wanted + "'; installed: " + (ids.isEmpty() ? "none" : String.join(", ", ids))));
        } else if (plugins.size() == 1) {
            plugin = plugins.get(0);
        } else if (plugins.isEmpty()) {
            throw new CommandException("no scenario plugin is installed; reinstall mpsh");
        } else {
            throw new CommandException("several scenarios are installed (" + String.join(", ", ids)
                    + "); choose one with -D" + PROPERTY + "=ID");
        }
        try {
            scenario = plugin.scenario();
            this.plugin = plugin;
        } catch (ScenarioFormatException e) {
            throw new CommandException("scenario file error: " + e.getMessage());
        } catch (IOException e) {
            throw new CommandException("cannot read scenario '" + plugin.id() + "': " + e.getMessage());
        }
        return scenario;
    }

    /** The scenario, or null when it cannot be read (for views that must not fail, e.g. completion). */
    public Scenario orNull() {
        try {
            return get();
        } catch (CommandException e) {
            return null;
        }
    }
}
