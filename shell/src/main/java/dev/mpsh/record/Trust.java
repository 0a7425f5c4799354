package dev.mpsh.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.mpsh.plugin.InstalledScenario;
import dev.mpsh.plugin.ScenarioCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Which transcripts may run without asking: those that shipped with mpsh, in the recordings/
 * directory of the mpsh home (system property {@code mpsh.home}, set by the launcher, or
 * {@code MPSH_HOME}) and in the recordings/ of the scenario plugins installed with mpsh (the
 * install's plugins directory, not the user's). Paths are compared after resolving symbolic
 * links and {@code ..}.
 */
public final class Trust {
    private Trust() {
    }

    /** The shipped recordings directory, or null when the mpsh home is unknown. */
    public static Path recordingsDir() {
        String home = System.getProperty("mpsh.home");
        if (home == null || home.isEmpty()) {
            home = System.getenv("MPSH_HOME");
        }
        return home == null || home.isEmpty() ? null : Path.of(home, "recordings");
    }

    public static boolean shipped(Path transcript) {
        if (shipped(transcript, recordingsDir())) {
            return true;
        }
        for (InstalledScenario s : ScenarioCatalog.installed().scenarios()) {
            if (s.kind().equals("install") && s.recordings() != null && shipped(transcript, s.recordings())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where bare recording names are looked up for a lab of this scenario: the plugin's own
     * recordings first, then mpsh's.
     */
    public static List<Path> searchPath(String scenarioId) {
        List<Path> dirs = new ArrayList<>();
        if (scenarioId != null) {
            ScenarioCatalog.installed().find(scenarioId).map(InstalledScenario::recordings).ifPresent(dirs::add);
        }
        if (recordingsDir() != null) {
            dirs.add(recordingsDir());
        }
        return dirs;
    }

    /** The scenario whose plugin ships this transcript in its recordings/, or null. */
    public static String scenarioOf(Path transcript) {
        for (InstalledScenario s : ScenarioCatalog.installed().scenarios()) {
            if (s.recordings() != null && shipped(transcript, s.recordings())) {
                return s.id();
            }
        }
        return null;
    }

    static boolean shipped(Path transcript, Path recordings) {
        if (recordings == null || !Files.isDirectory(recordings)) {
            return false;
        }
        try {
            Path real = transcript.toRealPath();
            return real.getParent() != null && real.getParent().equals(recordings.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
