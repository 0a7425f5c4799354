package dev.mpsh.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.lab.LabActivity;
import dev.mpsh.lab.LabLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live board reads a lab's kernel part again only when something may have changed it, in a
 * state directory of the test's own (its labs are down: no journal, nothing in the kernel).
 */
class LiveReadingTest {
    @TempDir
    Path dir;
    private long clock = 1_000_000;

    @AfterEach
    void back() {
        System.clearProperty(LabLayout.DIR_PROPERTY);
    }

    @Test
    void aLabsKernelStateIsReadAgainAfterACommandACheckAJournalChangeOrThirtySeconds() throws Exception {
        System.setProperty(LabLayout.DIR_PROPERTY, dir.toString());
        new Roster("b77", null, List.of("b7701", "b7702")).create(dir);
        LiveReading reading = new LiveReading("b77", Map.of(), "/nonexistent", () -> clock);
        assertEquals(List.of("down", "down"), reading.read().rows().stream().map(ClassBoard.Row::state).toList());
        assertEquals(2, reading.kernelReadings(), "every lab the first time");

        clock += 2000;
        reading.read();
        assertEquals(2, reading.kernelReadings(), "nothing changed: kept");

        LabLayout one = LabLayout.of("b7701");
        Files.createDirectories(one.logDir());
        LabActivity.recordCheck(one, 3, 10, false);
        clock += 2000;
        ClassBoard.Row row = reading.read().rows().get(0);
        assertEquals(3, reading.kernelReadings(), "a check ran in b7701: only it is read again");
        assertEquals(3, row.check().score(), "and its files are read every time");

        Files.writeString(one.logDir().resolve("last-command"), "1700000000000\n");
        clock += 2000;
        reading.read();
        assertEquals(4, reading.kernelReadings(), "a command finished in it");

        Files.writeString(LabLayout.of("b7702").stateFile(), "lab b7702 scenario handover\n");
        clock += 2000;
        assertEquals("broken", reading.read().rows().get(1).state(), "a half-written journal: the lab reads as broken at once");
        assertEquals(5, reading.kernelReadings());

        clock += LiveReading.MAX_AGE_MS;
        reading.read();
        assertEquals(7, reading.kernelReadings(), "and every lab once its kernel part is 30 s old");
    }
}
