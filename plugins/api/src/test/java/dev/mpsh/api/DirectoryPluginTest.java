package dev.mpsh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryPluginTest {
    private static final String SCENARIO = """
            scenario tiny
            title en Tiny
            title ja 小さい
            namespace a
            fix up a
              title en up
              title ja 上げる
              explain en lo up
              explain ja lo を上げる
              apply ip link set lo up
              revert ip link set lo down
              probe sysctl a net.ipv4.ip_forward = 0
            lesson
            step first 01-first.md
              done fix up
            """;

    @TempDir
    Path plugins;

    private Path write(String dir, String scenario) throws Exception {
        Path d = Files.createDirectories(plugins.resolve(dir));
        Files.writeString(d.resolve(dir + ".scenario"), scenario);
        return d;
    }

    @Test
    void readsTheScenarioAndItsLessonsFromTheDirectory() throws Exception {
        Path d = write("tiny", SCENARIO);
        Files.createDirectories(d.resolve("lessons/en"));
        Files.writeString(d.resolve("lessons/en/01-first.md"), "# First\n\nBring lo up.\n");
        DirectoryPlugin p = new DirectoryPlugin(d);
        assertTrue(DirectoryPlugin.isScenarioDirectory(d));
        assertEquals("tiny", p.id());
        Scenario s = p.scenario();
        assertEquals("tiny", s.id());
        Step step = s.lesson().steps().get(0);
        assertEquals("First", p.stepText(step, "en").title());
        assertEquals(14, p.stepLine(step));
        FileNotFoundException missing = assertThrows(FileNotFoundException.class, () -> p.stepText(step, "ja"));
        assertEquals(d.resolve("lessons/ja/01-first.md") + " is missing", missing.getMessage());
    }

    @Test
    void errorsNameTheRealFileAndLine() throws Exception {
        Path d = write("tiny", SCENARIO.replace("apply ip link set lo up", "apply bash -c true"));
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> new DirectoryPlugin(d).scenario());
        assertEquals(d.resolve("tiny.scenario") + ":10: program 'bash' is not allowed; a scenario runs only ip, sysctl, nft, tc, bridge",
                e.getMessage());
    }

    @Test
    void theScenarioIdMustBeTheDirectoryName() throws Exception {
        Path d = write("other", SCENARIO);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> new DirectoryPlugin(d).scenario());
        assertEquals(d.resolve("other.scenario") + ":1: scenario id 'tiny' differs from its directory's name 'other'; rename one so they match",
                e.getMessage());
    }

    @Test
    void resourcesStayInsideThePlugin() throws Exception {
        Path d = write("tiny", SCENARIO);
        DirectoryPlugin p = new DirectoryPlugin(d);
        assertThrows(FileNotFoundException.class, () -> p.open("../tiny/../../etc/passwd"));
        assertThrows(FileNotFoundException.class, () -> p.open("/etc/passwd"));
        assertFalse(DirectoryPlugin.isScenarioDirectory(plugins));
    }
}
