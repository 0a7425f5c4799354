package dev.mpsh.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.command.CommandException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void progressIsKeptPerLabUnderXdgStateHomeElseUnderHome() {
        assertEquals(dir.resolve("state/mpsh/walkthrough/t1.json"),
                ProgressStore.forLab("t1", Map.of("XDG_STATE_HOME", dir.resolve("state").toString()), "/home/x").file());
        assertEquals(Path.of("/home/x/.local/state/mpsh/walkthrough/default.json"),
                ProgressStore.forLab("default", Map.of(), "/home/x").file());
        assertEquals(Path.of("/home/x/.local/state/mpsh/walkthrough/t1.json"),
                ProgressStore.forLab("t1", Map.of("XDG_STATE_HOME", "relative/dir"), "/home/x").file(),
                "a relative XDG_STATE_HOME is ignored, as the XDG spec says");
    }

    @Test
    void whatIsSavedComesBackAndOnlyTheUserCanReadIt() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("a/b/lab.json"));
        assertNull(store.load());
        Progress p = new Progress("handover", "ja", "c-flag", List.of("vip", "accept-local"), List.of("subflows"));
        store.save(p);
        assertEquals(p, store.load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));

        Progress finished = new Progress("handover", "en", null, List.of("vip", "odd \"name\" \\ \u00e9"), List.of());
        store.save(finished);
        assertEquals(finished, store.load());
        store.delete();
        assertFalse(Files.exists(store.file()));
    }

    @Test
    void aDamagedFileIsOneLineThatSaysHowToStartOver() throws Exception {
        ProgressStore store = new ProgressStore(dir.resolve("lab.json"));
        for (String bad : List.of("{\"scenario\":\"handover\",", "[]", "{\"scenario\":\"handover\",\"lang\":\"fr\"}",
                "{\"scenario\":\"handover\",\"lang\":\"en\",\"done\":\"vip\"}", "")) {
            Files.writeString(store.file(), bad);
            CommandException e = assertThrows(CommandException.class, store::load, bad);
            assertTrue(e.getMessage().startsWith("walkthrough progress " + store.file() + " is unreadable"), e.getMessage());
            assertTrue(e.getMessage().endsWith("'walkthrough reset' starts over"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }
}
