package dev.mpsh.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which transcripts may run without asking: those that shipped with mpsh, in the recordings/
 * directory of the mpsh home (system property {@code mpsh.home}, set by the launcher, or
 * {@code MPSH_HOME}). Paths are compared after resolving symbolic links and {@code ..}.
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
        return shipped(transcript, recordingsDir());
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
