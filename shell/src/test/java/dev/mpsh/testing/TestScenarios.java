package dev.mpsh.testing;

import dev.mpsh.api.Scenario;
import dev.mpsh.plugin.InstalledScenario;
import dev.mpsh.plugin.ScenarioCatalog;
import java.util.List;

/**
 * The scenarios the generic tests run on: every one installed, as mpsh itself finds them (the
 * built-in one on the class path, the shipped plugins from the install's plugins directory,
 * shell/target/plugins; never from the class path).
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static List<String> ids() {
        List<String> ids = ScenarioCatalog.installed().ids();
        if (!ids.containsAll(List.of("handover", "fallback"))) {
            throw new AssertionError("both shipped scenarios must load; found " + ids + ", problems: "
                    + ScenarioCatalog.installed().problems());
        }
        return ids;
    }

    public static InstalledScenario installed(String id) {
        return ScenarioCatalog.installed().find(id).orElseThrow(() -> new AssertionError("no scenario " + id));
    }

    public static Scenario get(String id) {
        return installed(id).scenario();
    }
}
