package dev.mpsh.plugin;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioPlugin;
import java.nio.file.Path;

/**
 * A scenario that loaded, with where it came from.
 *
 * @param kind       "built-in" (on mpsh's class path), "install" or "user" (see {@link PluginDir})
 * @param location   the plugin's jar or directory; null for a built-in scenario
 * @param recordings the plugin's recordings directory, or null when it has none
 */
public record InstalledScenario(ScenarioPlugin plugin, Scenario scenario, String kind, Path location, Path recordings) {

    public String id() {
        return scenario.id();
    }

    public boolean builtIn() {
        return location == null;
    }

    /** How 'scenario list' says where it is from. */
    public String origin() {
        return builtIn() ? "built in" : location.toString();
    }
}
