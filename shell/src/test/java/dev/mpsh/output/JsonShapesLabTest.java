package dev.mpsh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.HeldConnections;
import dev.mpsh.testing.JsonShapes;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import dev.mpsh.walkthrough.ProgressStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --json} document that needs a lab, on one lab: checked against docs/json.md
 * while the lab is broken (findings, failed criteria) and again once it is solved (subflows,
 * bulk traffic, a drill).
 */
class JsonShapesLabTest {
    /** On the lab as 'lab up' builds it: the document's name in docs/json.md, the line, its exit status. */
    static final List<Object[]> ON_THE_BROKEN_LAB = List.of(
            new Object[] {"check", "check --json", 1},
            new Object[] {"diagnose", "diagnose --json", 1},
            new Object[] {"fix list", "fix list --json", 0},
            new Object[] {"lab status", "lab status --json", 0},
            new Object[] {"walkthrough status", "walkthrough status --json", 0});

    /** On the solved lab with one MPTCP connection held open. */
    static final List<Object[]> WITH_A_CONNECTION = List.of(
            new Object[] {"subflows", "subflows client app-1 app-2 --json", 0},
            new Object[] {"ns", "ns --json", 0},
            new Object[] {"lab shape", "lab shape --json", 0},
            new Object[] {"check", "check --json", 0},
            new Object[] {"diagnose", "diagnose --json", 0},
            new Object[] {"counters", "counters --json", 0},
            new Object[] {"counters", "counters --json -- client -msg hi", 0},
            new Object[] {"client -msg", "client -msg hi --json", 0},
            new Object[] {"client --bulk", "client --bytes 2M --timeline --json", 0},
            new Object[] {"drill", "drill wan-down eth1 --at 1s --length 3s --json", 0});

    private static final JsonShapes SHAPES = JsonShapes.fromDocs();
    private static LabShell shell;

    @BeforeAll
    static void up() {
        LabTests.requireLab();
        shell = new LabShell(LabTests.uniqueLabName("j"));
        shell.ok("lab up");
    }

    @AfterAll
    static void down() throws Exception {
        if (shell != null) {
            shell.run("lab down");
            // 'walkthrough status' started the lab's walkthrough: its progress file goes with the lab
            ProgressStore.forLab(shell.lab, System.getenv(), System.getProperty("user.home")).delete();
        }
    }

    /** Runs each line (name → line, expected status), checks each document, and returns them all. */
    private static Map<String, String> documents(List<Object[]> runs) {
        Map<String, String> docs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Object[] r : runs) {
            String name = (String) r[0];
            String line = (String) r[1];
            LabShell.Outcome o = shell.run(line);
            assertEquals((int) r[2], o.status(), line + ": " + o);
            String doc = JsonShapes.document(o.out());
            SHAPES.problems(name, doc).forEach(p -> problems.add(line + ": " + p));
            docs.put(line, doc);
        }
        assertEquals(List.of(), problems, String.join("\n", docs.values()));
        return docs;
    }

    @Test
    void everyDocumentOnTheBrokenLabThenOnTheSolvedOneHasItsDocumentedShape() throws Exception {
        Map<String, String> broken = documents(ON_THE_BROKEN_LAB);
        assertTrue(broken.get("diagnose --json").contains("\"broken\":[{\"fix\":"), "a broken lab has findings");

        shell.ok("lab solve");
        shell.ok("lab shape eth1 20mbit");
        try (HeldConnections held = HeldConnections.open(shell.ns("client"), "10.0.83.1", 80, 1)) {
            Map<String, String> live = documents(WITH_A_CONNECTION);
            assertTrue(live.get("subflows client app-1 app-2 --json").contains("\"subflows\":[{\"initial\":true"),
                    "a held connection shows its subflows");
            assertFalse(live.get("client --bytes 2M --timeline --json").contains("\"timeline\":null"));
        }
    }
}
