package dev.mpsh.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad requests get one line, a non-zero status, and leave the lab exactly as it was. */
class FixBadInputTest {
    private static LabShell shell;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        shell = new LabShell(LabTests.uniqueLabName());
        shell.ok("lab up");
    }

    @AfterAll
    static void down() {
        if (shell != null) {
            shell.run("lab down");
        }
    }

    @BeforeEach
    void broken() {
        shell.ok("fix revert --all");
    }

    private static Map<String, FixState> states() throws Exception {
        return LabFixes.states(LabFixes.statuses(new FixCatalog(new ScenarioSource().get()), LabLayout.of(shell.lab)));
    }

    /** Runs line, expects status and exactly one error line containing each of the words, and no change. */
    private static void refused(String line, int status, String... words) throws Exception {
        Map<String, FixState> before = states();
        LabShell.Outcome o = shell.run(line);
        assertEquals(status, o.status(), o.toString());
        assertEquals(1, o.errLines().size(), o.toString());
        for (String w : words) {
            assertTrue(o.err().contains(w), "'" + w + "' missing in: " + o.err());
        }
        assertEquals("", o.out(), "nothing may run: " + o.out());
        assertEquals(before, states(), "the lab changed");
    }

    @Test
    void unknownFixIdIsRefusedWithTheClosestSuggestionBeforeAnythingRuns() throws Exception {
        refused("fix apply client-limits nope", 2, "fix: unknown fix 'nope'", "'fix list' shows them all");
        refused("fix apply clint-limits", 2, "did you mean 'client-limits'?");
        refused("fix show app3-vip", 2, "unknown fix 'app3-vip'; did you mean");
    }

    @Test
    void revertOfAFixThatIsNotAppliedIsRefused() throws Exception {
        refused("fix revert lb-accept-local", 1, "fix 'lb-accept-local' is not applied; nothing to revert");
        shell.ok("fix apply client-limits");
        refused("fix revert client-limits lb-accept-local", 1, "fix 'lb-accept-local' is not applied");
    }

    @Test
    void aMissingRequirementIsNamedWithTheWayOut() throws Exception {
        refused("fix apply client-limits app1-signal", 1, "requires 'app1-vip'", "--with-deps");
        shell.ok("fix apply app1-vip app1-signal");
        refused("fix revert app1-vip", 1, "'app1-signal' requires 'app1-vip'", "--with-deps");
    }

    @Test
    void aCommandFailingMidwayUndoesWhatThisInvocationChanged() throws Exception {
        // A listener on 0.0.0.0:8081 in app-1 makes the kernel's listener for the signal endpoint fail (-98).
        Process holder = new ProcessBuilder(List.of("ip", "netns", "exec", shell.ns("app-1"), "python3", "-c",
                "import socket,time;s=socket.socket();s.bind(('0.0.0.0',8081));s.listen();print('ok',flush=True);time.sleep(60)"))
                .redirectError(new File("/dev/null")).start();
        try {
            assertEquals('o', holder.getInputStream().read(), "the port holder did not start");
            Map<String, FixState> before = states();
            LabShell.Outcome o = shell.run("fix apply client-limits app1-vip app1-signal");
            assertEquals(1, o.status(), o.toString());
            assertEquals(1, o.errLines().size(), o.toString());
            assertTrue(o.err().contains("create listen socket error: -98"), o.err());
            assertTrue(o.err().contains("undid this command's changes"), o.err());
            assertTrue(o.out().contains("undo: [app-1] ip addr del 10.0.83.1/32 dev lo"), o.out());
            assertEquals(before, states(), "a half-applied change was left behind");
        } finally {
            holder.destroy();
            holder.waitFor(5, TimeUnit.MINUTES);
        }
    }

    @Test
    void onALabThatIsDownEveryChangeIsRefusedInOneLine() {
        LabShell downLab = new LabShell(LabTests.uniqueLabName());
        for (String line : List.of("fix apply lb-accept-local", "fix revert --all", "fix toggle client-limits", "check",
                "diagnose", "lab reset", "lab solve")) {
            LabShell.Outcome o = downLab.run(line);
            assertEquals(1, o.status(), line + ": " + o);
            assertEquals(List.of(line.split(" ")[0] + ": lab '" + downLab.lab + "' is down; run 'lab up' first"), o.errLines(), line);
        }
        assertTrue(downLab.ok("fix list").out().contains("the lab is down"));
    }
}
