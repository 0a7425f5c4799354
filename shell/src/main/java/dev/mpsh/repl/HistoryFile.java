package dev.mpsh.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The per-user history file, {@code $XDG_STATE_HOME/mpsh/history} (by default
 * {@code ~/.local/state/mpsh/history}), kept free of duplicates: a line typed again moves to the
 * end instead of being stored twice.
 */
public final class HistoryFile {
    private HistoryFile() {
    }

    public static Path location(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isEmpty() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("mpsh").resolve("history");
    }

    /** Creates the directory and an empty file readable by the user only: history holds what was typed. */
    public static void prepare(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** Rewrites the file keeping only the last copy of each line. Missing file: nothing to do. */
    public static void compact(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            kept.remove(line);
            kept.add(line);
        }
        if (kept.size() == lines.size()) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, new ArrayList<>(kept), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
