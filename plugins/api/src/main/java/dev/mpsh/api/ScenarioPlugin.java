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

    /**
     * Reads one walkthrough step's text in a language ("en" or "ja") from
     * {@code lessons/LANG/FILE}.
     */
    default StepText stepText(Step step, String lang) throws IOException, ScenarioFormatException {
        try (InputStream in = open(step.path(lang))) {
            return StepText.parse(id() + ":" + step.path(lang), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
