package dev.mpsh.walkthrough;

import dev.mpsh.command.CommandException;
import dev.mpsh.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a lab's walkthrough progress for the user in
 * {@code $XDG_STATE_HOME/mpsh/walkthrough/LAB.json} (else {@code ~/.local/state/...}), as
 * {@code {"scenario", "lang", "current", "done": [...], "skipped": [...]}}.
 */
public final class ProgressStore {
    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    /** The progress file of lab for the user whose environment and home these are. */
    public static ProgressStore forLab(String lab, Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isEmpty() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return new ProgressStore(base.resolve("mpsh").resolve("walkthrough").resolve(lab + ".json"));
    }

    public Path file() {
        return file;
    }

    /** The saved progress, or null when there is none. */
    public Progress load() throws CommandException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            Map<String, Object> m = Json.readObject(Files.readString(file, StandardCharsets.UTF_8));
            String scenario = (String) m.get("scenario");
            String lang = (String) m.get("lang");
            if (scenario == null || !List.of("en", "ja").contains(lang)) {
                throw new IllegalArgumentException("scenario or lang missing");
            }
            return new Progress(scenario, lang, (String) m.get("current"), strings(m.get("done")), strings(m.get("skipped")));
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new CommandException("walkthrough progress " + file + " is unreadable (" + e.getMessage()
                    + "); 'walkthrough reset' starts over");
        }
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        return ((List<?>) o).stream().map(String.class::cast).toList();
    }

    /** Writes it whole (a new file moved into place), readable by the user only. */
    public void save(Progress p) throws CommandException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", p.scenario());
        m.put("lang", p.lang());
        m.put("current", p.current());
        m.put("done", p.done());
        m.put("skipped", p.skipped());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".walkthrough", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, Json.write(m) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CommandException("cannot save walkthrough progress to " + file + ": " + e.getMessage()
                    + "; set XDG_STATE_HOME to a writable directory");
        }
    }

    /** Forgets the progress. */
    public void delete() throws CommandException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CommandException("cannot remove " + file + ": " + e.getMessage());
        }
    }
}
