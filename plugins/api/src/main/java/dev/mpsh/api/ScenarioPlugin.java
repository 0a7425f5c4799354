package dev.mpsh.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * A scenario shipped as a plugin, found with {@link java.util.ServiceLoader}. The plugin is only
 * content: a scenario file (see {@link ScenarioParser}) and the resources it names (lessons).
 */
public interface ScenarioPlugin {

    /** A short stable id, e.g. {@code handover}; also the default scenario file's base name. */
    String id();

    /**
     * Opens one of the plugin's resources by a path relative to the plugin, e.g.
     * {@code handover.scenario}.
     *
     * @throws java.io.FileNotFoundException when the plugin has no such resource
     */
    InputStream open(String path) throws IOException;

    /** The path of the scenario file; by default {@code ID.scenario}. */
    default String scenarioPath() {
        return id() + ".scenario";
    }

    /** Reads and parses the scenario file. */
    default Scenario scenario() throws IOException, ScenarioFormatException {
        try (InputStream in = open(scenarioPath())) {
            return ScenarioParser.parse(id() + ":" + scenarioPath(), in);
        }
    }
}
