package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.testing.LabTests;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes at the 'lab' command: one line on stderr naming what was wrong, and a failing status. No root needed. */
class LabCommandErrorsTest {
    private final LabHarness lab = new LabHarness(LabTests.uniqueLabName());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lab|2|lab: needs a subcommand: up, down, status, script, logs, reset, solve or shape; see 'help lab'",
        "lab upp|2|lab: unknown subcommand 'upp'; did you mean 'up'? expected up, down, status, script, logs, reset, solve or shape",
        "lab up now|2|lab: unexpected 'now'; usage: lab up [-v]",
        "lab logs|2|lab: expected 'lab logs SERVER', e.g. 'lab logs app-1'",
        "lab logs app-3|2|lab: no server 'app-3' in this lab; its servers are app-1, app-2",
        "lab script|2|lab: expected 'lab script setup' or 'lab script cleanup'",
        "lab script teardown|2|lab: expected 'lab script setup' or 'lab script cleanup'",
    })
    void answersWithOneLineAndAStatus(String line, int status, String error) {
        LabHarness.Run r = lab.run(line);
        assertEquals(status, r.status());
        assertEquals(List.of(error), r.errLines());
        assertEquals("", r.out());
    }
}
