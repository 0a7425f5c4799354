package dev.mpsh.ns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program the way a shell does: a path as given, a bare name on PATH. */
public final class Programs {
    private static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private Programs() {
    }

    public static Optional<Path> find(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            if (name.contains("/")) {
                Path p = Path.of(name);
                return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
            }
            String path = System.getenv("PATH");
            for (String dir : (path == null || path.isEmpty() ? DEFAULT_PATH : path).split(":")) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        } catch (RuntimeException e) {
            // an invalid path (e.g. a control character) is simply not a program
        }
        return Optional.empty();
    }
}
