package dev.mpsh.plugin;

import dev.mpsh.api.DirectoryPlugin;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioFormatException;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.api.ScenarioPlugins;
import dev.mpsh.api.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every scenario mpsh can run: the built-in ones first, then the plugins of the install's and
 * the user's plugin directories, in that order and by file name. A plugin that cannot be used
 * (unsafe directory, bad jar, parse error, a missing lesson, an id already taken) is skipped with
 * one line naming its file and line; the others still load.
 */
public final class ScenarioCatalog {
    private static volatile ScenarioCatalog installed;

    private final List<InstalledScenario> scenarios = new ArrayList<>();
    /** One line per skipped plugin, with the scenario id it would have had when that is known. */
    private record Problem(String id, String line) {
    }

    private final List<Problem> problems = new ArrayList<>();

    private ScenarioCatalog() {
    }

    /** The scenarios of this install and this user, loaded once. */
    public static ScenarioCatalog installed() {
        ScenarioCatalog c = installed;
        if (c == null) {
            synchronized (ScenarioCatalog.class) {
                c = installed;
                if (c == null) {
                    c = load(ScenarioCatalog.class.getClassLoader(), PluginDirs.standard());
                    installed = c;
                }
            }
        }
        return c;
    }

    /** Loads the built-in scenarios of a class loader and the plugins of dirs. */
    public static ScenarioCatalog load(ClassLoader builtIn, List<PluginDir> dirs) {
        ScenarioCatalog c = new ScenarioCatalog();
        for (ScenarioPlugin p : ScenarioPlugins.all(builtIn)) {
            c.add(p, "built-in", null, p.id() + ":" + p.scenarioPath());
        }
        for (PluginDir d : dirs) {
            c.loadDir(d);
        }
        return c;
    }

    public List<InstalledScenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /** One line per plugin that was skipped, saying which file (and line) and why. */
    public List<String> problems() {
        return problems.stream().map(Problem::line).toList();
    }

    /** Why the plugin for scenario id did not load, when one by that name was found; else empty. */
    public Optional<String> problemOf(String id) {
        return problems.stream().filter(p -> id.equals(p.id())).map(Problem::line).findFirst();
    }

    private void problem(String line) {
        problem(null, line);
    }

    private void problem(String id, String line) {
        problems.add(new Problem(id, line));
    }

    public Optional<InstalledScenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return scenarios.stream().map(InstalledScenario::id).toList();
    }

    /** The scenario a lab gets when nothing names one: the one built into mpsh; null when there is not exactly one. */
    public InstalledScenario defaultScenario() {
        List<InstalledScenario> builtIn = scenarios.stream().filter(InstalledScenario::builtIn).toList();
        return builtIn.size() == 1 ? builtIn.get(0) : null;
    }

    private void loadDir(PluginDir d) {
        if (!Files.isDirectory(d.path())) {
            return; // nobody made one: nothing to load, nothing to say
        }
        FileSafety safety = new FileSafety(d.owner());
        List<Path> entries;
        try {
            String unsafe = safety.directory(d.path());
            if (unsafe != null) {
                problem("plugins in " + d.path() + " are not loaded: " + unsafe);
                return;
            }
            try (Stream<Path> s = Files.list(d.path())) {
                entries = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
        } catch (IOException e) {
            problem("plugins in " + d.path() + " are not loaded: " + e.getMessage());
            return;
        }
        for (Path p : entries) {
            try {
                boolean jar = p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p);
                if (!jar && !Files.isDirectory(p)) {
                    continue; // a README or the like
                }
                String unsafe = safety.tree(p);
                String name = p.getFileName().toString();
                if (unsafe != null) {
                    problem(jar ? null : name, p + ": not loaded: " + unsafe);
                } else if (jar) {
                    loadJar(p, d.kind());
                } else if (DirectoryPlugin.isScenarioDirectory(p)) {
                    DirectoryPlugin dp = new DirectoryPlugin(p);
                    add(dp, d.kind(), p, p.resolve(dp.scenarioPath()) + ":" + dp.scenarioLine());
                } else {
                    problem(name, p + ": not a scenario directory: it has no " + name + ".scenario");
                }
            } catch (IOException e) {
                problem(p + ": cannot read it: " + e.getMessage());
            }
        }
    }

    private void loadJar(Path jar, String kind) {
        List<ScenarioPlugin> found;
        try {
            found = JarPlugins.load(jar);
        } catch (IOException e) {
            problem(jar + ": " + e.getMessage());
            return;
        }
        if (found.isEmpty()) {
            problem(jar + ": no scenario plugin in it (META-INF/services/" + ScenarioPlugin.class.getName() + " names none)");
        }
        for (ScenarioPlugin p : found) {
            add(p, kind, jar, jar + ": " + p.id() + ":" + p.scenarioPath());
        }
    }

    /** Reads and checks one plugin's scenario and lessons; a problem skips it with one line. */
    private void add(ScenarioPlugin p, String kind, Path location, String where) {
        String prefix = location == null || p instanceof DirectoryPlugin ? "" : location + ": ";
        Scenario sc;
        try {
            sc = p.scenario();
        } catch (ScenarioFormatException e) {
            problem(p.id(), prefix + e.getMessage());
            return;
        } catch (IOException | RuntimeException e) {
            problem(p.id(), where + ": cannot read it: " + e.getMessage());
            return;
        }
        if (!sc.id().equals(p.id())) {
            problem(p.id(), where + ": the plugin's id is '" + p.id() + "' but its scenario says '" + sc.id() + "'; make them one");
            return;
        }
        Optional<InstalledScenario> taken = find(sc.id());
        if (taken.isPresent()) {
            problem(where + ": scenario '" + sc.id() + "' is already installed (" + taken.get().origin() + "); this one is skipped");
            return;
        }
        String lessons = lessonProblem(p, sc, prefix);
        if (lessons != null) {
            problem(sc.id(), lessons);
            return;
        }
        Path recordings = p instanceof DirectoryPlugin dp && Files.isDirectory(dp.directory().resolve("recordings"))
                ? dp.directory().resolve("recordings") : null;
        scenarios.add(new InstalledScenario(p, sc, kind, location, recordings));
    }

    /** The first step text that is missing or malformed, as one line; null when all read. */
    private static String lessonProblem(ScenarioPlugin p, Scenario sc, String prefix) {
        if (sc.lesson() == null) {
            return null;
        }
        for (Step step : sc.lesson().steps()) {
            for (String lang : List.of("en", "ja")) {
                try {
                    p.stepText(step, lang);
                } catch (ScenarioFormatException e) {
                    return prefix + e.getMessage();
                } catch (IOException e) {
                    String at = p instanceof DirectoryPlugin dp
                            ? dp.directory().resolve(dp.scenarioPath()) + ":" + dp.stepLine(step) + ": "
                            : prefix + p.id() + ":" + p.scenarioPath() + ": ";
                    return at + "step '" + step.id() + "' has no " + lang + " text: " + e.getMessage();
                }
            }
        }
        return null;
    }
}
