package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpsh.command.CommandException;
import dev.mpsh.plugin.ScenarioCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scenario a lab runs: the one it was built from, else the one asked for, else the built-in one. */
class ScenarioSourceTest {
    @TempDir
    Path run;

    private LabLayout layout() {
        return new LabLayout("b", run);
    }

    private ScenarioSource source(String requested) {
        return new ScenarioSource(layout(), requested, ScenarioCatalog::installed);
    }

    private void builtFrom(String scenario) throws Exception {
        new StateJournal(layout().stateFile()).create("b", scenario);
    }

    @Test
    void aLabThatIsDownGetsTheOneAskedForElseTheBuiltInOne() throws Exception {
        assertEquals("handover", source(null).get().id());
        assertEquals("fallback", source("fallback").get().id(), "found in the install's plugins directory");
    }

    @Test
    void aLabThatIsUpKeepsTheScenarioItWasBuiltFrom() throws Exception {
        builtFrom("fallback");
        assertEquals("fallback", source(null).get().id(), "later commands need not be told again");
        assertEquals("fallback", source("fallback").get().id());
        CommandException e = assertThrows(CommandException.class, () -> source("handover").get());
        assertEquals("lab 'b' was built from scenario 'fallback', not 'handover'; 'lab down' removes it (then 'lab up' builds "
                + "handover), or use another lab: --lab NAME", e.getMessage());
    }

    @Test
    void aSourceKeepsItsChoiceWhenTheLabIsRebuilt() throws Exception {
        builtFrom("fallback");
        ScenarioSource s = source(null);
        assertEquals("fallback", s.get().id());
        Files.delete(layout().stateFile()); // 'lab reset' removes the lab, then builds it again from s
        assertEquals("fallback", s.get().id());
        builtFrom("handover"); // someone else rebuilt it from another scenario
        assertThrows(CommandException.class, s::get);
    }

    @Test
    void unknownScenariosSayWhatIsInstalled() throws Exception {
        CommandException asked = assertThrows(CommandException.class, () -> source("nope").get());
        assertEquals("no scenario 'nope'; installed: " + String.join(", ", ScenarioCatalog.installed().ids())
                + (ScenarioCatalog.installed().problems().isEmpty() ? "" : " ('scenario list' also shows the plugins that did not load)"),
                asked.getMessage());
        builtFrom("gone");
        CommandException recorded = assertThrows(CommandException.class, () -> source(null).get());
        assertEquals(true, recorded.getMessage().startsWith("lab 'b' was built from scenario 'gone', which is not installed now; installed: "),
                recorded.getMessage());
    }
}
