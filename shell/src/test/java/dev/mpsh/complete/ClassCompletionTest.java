package dev.mpsh.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.lab.LabLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'class' completes its subcommands, its options, the installed scenarios and the labs of the classes up. */
class ClassCompletionTest {
    private final Completions completions = new Completions();

    private List<String> values(String line) {
        return completions.values(line);
    }

    @Test
    void subcommandsOptionsAndScenarios() {
        assertEquals(List.of("board", "down", "reset", "status", "up"), values("class ").stream().sorted().toList());
        assertEquals(List.of("--confine", "--prefix", "--scenario"), values("class up 3 --").stream().sorted().toList());
        assertEquals(List.of("--scenario"), values("class up 3 --prefix b --confine --s"));
        assertTrue(values("class up 3 --scenario ").contains("handover"), values("class up 3 --scenario ").toString());
        assertEquals(List.of("--prefix"), values("class down "));
    }

    @Test
    void resetCompletesTheLabsOfTheClassesUp(@TempDir Path dir) throws Exception {
        System.setProperty(LabLayout.DIR_PROPERTY, dir.toString());
        try {
            Files.writeString(dir.resolve("c4.class"), "class c4 scenario -\nlab c401\nlab c402\n");
            assertEquals(List.of("c401", "c402"), values("class reset "));
            assertEquals(List.of("c402"), values("class reset c402"));
        } finally {
            System.clearProperty(LabLayout.DIR_PROPERTY);
        }
    }
}
