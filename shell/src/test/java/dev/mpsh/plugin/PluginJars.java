package dev.mpsh.plugin;

import dev.mpsh.api.ScenarioPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds real plugin jars for tests: a ScenarioPlugin class compiled now, its service file, its resources. */
final class PluginJars {
    private PluginJars() {
    }

    /**
     * A jar whose plugin {@code pkg.Plugin} has id {@code id} and serves {@code resources}
     * (path relative to the plugin, e.g. {@code ID.scenario}) from {@code /pkg/} in the jar.
     */
    static Path jar(Path into, String pkg, String id, Map<String, String> resources, boolean withService) throws IOException {
        Path dir = Files.createTempDirectory("mpsh-plugin-build");
        Path src = Files.createDirectories(dir.resolve("src-" + pkg).resolve(pkg));
        Files.writeString(src.resolve("Plugin.java"), """
                package %1$s;
                public final class Plugin implements dev.mpsh.api.ScenarioPlugin {
                    public String id() { return "%2$s"; }
                    public java.io.InputStream open(String path) throws java.io.IOException {
                        java.io.InputStream in = Plugin.class.getResourceAsStream("/%1$s/" + path);
                        if (in == null) { throw new java.io.FileNotFoundException(path + " is not in the jar"); }
                        return in;
                    }
                }
                """.formatted(pkg, id));
        Path classes = Files.createDirectories(dir.resolve("classes-" + pkg));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", apiClassPath(), src.resolve("Plugin.java").toString());
        if (rc != 0) {
            throw new IOException("javac failed: " + rc);
        }
        Path jar = into.resolve(pkg + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, pkg + "/Plugin.class", Files.readAllBytes(classes.resolve(pkg).resolve("Plugin.class")));
            if (withService) {
                put(out, "META-INF/services/" + ScenarioPlugin.class.getName(), (pkg + ".Plugin\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                put(out, pkg + "/" + r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    private static String apiClassPath() throws IOException {
        try {
            return Path.of(ScenarioPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
