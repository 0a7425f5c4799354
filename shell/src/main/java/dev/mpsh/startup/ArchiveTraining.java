package dev.mpsh.startup;

import dev.mpsh.client.HostPort;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * What the launcher runs once with {@code -XX:ArchiveClassesAtExit}: a short shell run
 * ({@code mpsh -c help}), what an echo server does before it listens, and then every class of
 * mpsh's own jar and of JNA loaded without being initialised, so that runs which go further than
 * help ({@code lab up}, {@code lab down}) find their classes archived too. One archive serves the
 * shell and both servers (they run the shell's class path). It opens no socket and touches no
 * namespace; the launcher sends its output to /dev/null.
 */
public final class ArchiveTraining {
    /** The jars whose classes are all archived: mpsh's own and JNA (the echo servers' libc calls). */
    private static final String[] ARCHIVED_JARS = {"mpsh.jar", "jna-"};

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws ReflectiveOperationException, IOException {
        int status = dev.mpsh.Main.run(new String[] {"-c", "help"});
        ClassLoader loader = ArchiveTraining.class.getClassLoader();
        // The echo server's start, short of listening: libc bound through JNA, the address parsing
        // and formatting, the log line's timestamp.
        Class.forName("dev.mpsh.linux.LibC", true, loader);
        HostPort.format(HostPort.parse("0.0.0.0:80"));
        Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            for (String prefix : ARCHIVED_JARS) {
                if (name.startsWith(prefix) && name.endsWith(".jar")) {
                    loadAll(new File(entry), loader);
                }
            }
        }
        System.exit(status);
    }

    /** Loads every class of jar (linking, not initialising); one that cannot load is left out. */
    private static void loadAll(File jar, ClassLoader loader) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String path = e.nextElement().getName();
                if (!path.endsWith(".class") || path.startsWith("META-INF/") || path.endsWith("module-info.class")) {
                    continue;
                }
                try {
                    Class.forName(path.substring(0, path.length() - ".class".length()).replace('/', '.'), false, loader);
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // e.g. an optional dependency of JNA that is not on the class path
                }
            }
        }
    }
}
