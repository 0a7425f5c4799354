package dev.mpsh.lab;

import dev.mpsh.command.AfterStatement;
import dev.mpsh.command.CommandContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What was last done in a lab, for the instructor's board ({@code class status}): the last
 * {@code check}'s score and when, and when the last command ran. Each is one small file in the
 * lab's directory next to its state ({@code /run/mpsh/labs/LAB/}), which 'lab down' and
 * 'lab reset' remove with the lab; nothing is written for a lab that is down.
 */
public final class LabActivity {
    static final String LAST_CHECK = "last-check";
    static final String LAST_COMMAND = "last-command";

    private LabActivity() {
    }

    /** A check's outcome: {@code SCORE MAX PASSED EPOCH_MILLIS} in the file. */
    public record Check(int score, int max, boolean passed, long atMillis) {
    }

    /** Records a check's outcome on lab; quietly nothing when the lab is down or its directory unwritable. */
    public static void recordCheck(LabLayout layout, int score, int max, boolean passed) {
        write(layout, LAST_CHECK, score + " " + max + " " + passed + " " + System.currentTimeMillis());
    }

    /** The last check recorded on the lab, or null when none was since it was built. */
    public static Check lastCheck(LabLayout layout) {
        String[] f = read(layout, LAST_CHECK);
        try {
            return f == null || f.length != 4 ? null
                    : new Check(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]), Long.parseLong(f[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** When a command last ran on the lab (epoch milliseconds), or 0 when none did since it was built. */
    public static long lastCommand(LabLayout layout) {
        String[] f = read(layout, LAST_COMMAND);
        try {
            return f == null || f.length != 1 ? 0 : Long.parseLong(f[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The session hook that stamps the lab after each command typed (scripts and replays count
     * once). A {@code class} command is about the room, not this lab (an instructor may run the
     * board from a shell on one of the labs): it leaves the stamp alone.
     */
    public static final class LastCommand implements AfterStatement {
        private final LabLayout layout;

        public LastCommand(LabLayout layout) {
            this.layout = layout;
        }

        @Override
        public void after(List<String> words, int status, CommandContext ctx) {
            if (!words.isEmpty() && words.get(0).equals("class")) {
                return;
            }
            write(layout, LAST_COMMAND, String.valueOf(System.currentTimeMillis()));
        }
    }

    private static void write(LabLayout layout, String name, String line) {
        Path dir = layout.logDir();
        if (!Files.isDirectory(dir)) {
            return; // the lab is down: its directory comes with 'lab up'
        }
        try {
            Path tmp = Files.createTempFile(dir, "." + name, ".tmp");
            Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the board then shows nothing for it; a command must never fail for this
        }
    }

    private static String[] read(LabLayout layout, String name) {
        try {
            return Files.readString(layout.logDir().resolve(name), StandardCharsets.UTF_8).strip().split(" ");
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
