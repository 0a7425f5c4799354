package dev.mpsh.plugin;

import dev.mpsh.api.ScenarioPlugin;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipException;

/**
 * A plugin jar in a class loader of its own (its parent: the plugin API's), so plugins cannot
 * see or shadow one another, and only the providers the jar itself declares count (the parent's,
 * e.g. the built-in scenario, would be found through it too).
 */
final class JarPlugins {
    private JarPlugins() {
    }

    /** The scenario plugins the jar declares; a jar that cannot be read is an IOException with the reason. */
    static List<ScenarioPlugin> load(Path jar) throws IOException {
        try (JarFile check = new JarFile(jar.toFile())) {
            check.size();
        } catch (ZipException e) {
            throw new IOException("not a jar file (" + e.getMessage() + ")");
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ScenarioPlugin.class.getClassLoader());
        List<ScenarioPlugin> out = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<ScenarioPlugin> p : ServiceLoader.load(ScenarioPlugin.class, loader).stream().toList()) {
                if (p.type().getClassLoader() == loader) {
                    out.add(p.get());
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            loader.close();
            throw new IOException("cannot load its scenario plugin: " + oneLine(e));
        }
        if (out.isEmpty()) {
            loader.close();
        }
        return out;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
            m += ": " + cause.getMessage();
        }
        return m.replace('\n', ' ');
    }
}
