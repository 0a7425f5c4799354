package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's "last command" stamp: every command typed on the lab, but no 'class' command. */
class LabActivityTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(LabLayout.DIR_PROPERTY);
    }

    @Test
    void aClassCommandIsNotTheLabsLastCommand() throws Exception {
        System.setProperty(LabLayout.DIR_PROPERTY, dir.toString());
        LabLayout layout = LabLayout.of("t01");
        Files.createDirectories(layout.logDir()); // as 'lab up' makes it
        LabActivity.LastCommand hook = new LabActivity.LastCommand(layout);

        hook.after(List.of("class", "status"), 0, null);
        assertEquals(0, LabActivity.lastCommand(layout), "'class status' stamped the lab");
        hook.after(List.of("fix", "list"), 0, null);
        long stamped = LabActivity.lastCommand(layout);
        assertTrue(stamped > 0);
        hook.after(List.of("class", "board"), 0, null);
        assertEquals(stamped, LabActivity.lastCommand(layout));
    }
}
