package dev.mpsh.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The scenario plugins visible to a class loader, through {@link ServiceLoader}. */
public final class ScenarioPlugins {
    private ScenarioPlugins() {
    }

    public static List<ScenarioPlugin> all(ClassLoader loader) {
        List<ScenarioPlugin> plugins = new ArrayList<>();
        ServiceLoader.load(ScenarioPlugin.class, loader).forEach(plugins::add);
        return plugins;
    }

    public static Optional<ScenarioPlugin> byId(String id, ClassLoader loader) {
        return all(loader).stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
