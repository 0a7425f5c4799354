package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** subflows and watch through the real launcher, on the fixed lab. */
class SubflowsIT {
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
        ReferenceAnswer.apply(lab);
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @Test
    void aClosedClientConnectionStaysListedWithItsBackendAndLastCounters() {
        // the first subflows makes sure all three namespaces are watched before the client runs
        Outcome o = Run.mpsh(lab, "subflows; client -addr 10.0.83.1:80 -msg hello; subflows --json");
        assertEquals(0, o.status(), o.toString());
        String json = o.outLines().get(o.outLines().size() - 1);
        assertTrue(json.startsWith("{\"schema\":1,\"at\":"), json);
        Matcher backend = Pattern.compile("\"placement\":\"landed\",\"backend\":\"(app-[12])\"").matcher(json);
        assertTrue(backend.find(), json);
        String app = backend.group(1);
        String port = app.equals("app-1") ? "8081" : "8082";
        assertEquals(3, count(json, "\"placement\":\"landed\",\"backend\":\"" + app + "\""), json);
        assertEquals(2, count(json, "\"remote\":\"10.0.83.1:" + port + "\""), "two joins to " + port + ": " + json);
        assertTrue(json.contains("\"state\":\"closed\""), "closed, still listed: " + json);
        assertTrue(json.contains("\"deny_join_id0\":true"), json);
        assertTrue(Pattern.compile("\"initial\":true,\"interface\":\"eth1\",[^}]*\"bytes_sent\":[1-9]").matcher(json).find(),
                "the last counters of the built-in client: " + json);
        assertTrue(json.contains("{\"namespace\":\"" + app + "\",\"complete\":true"), json);
        assertTrue(json.contains("\"server_side\":true"), json);
    }

    @Test
    void watchWithoutATerminalPrintsPlainSnapshots() {
        Outcome o = Run.mpsh(lab, "watch client -interval 200ms -count 2");
        assertEquals(0, o.status(), o.toString());
        List<String> frames = o.outLines().stream().filter(l -> l.startsWith("--- ")).toList();
        assertEquals(2, frames.size(), o.toString());
        assertTrue(o.out().contains("client: 0 open connection(s)"), o.toString());
        assertTrue(!o.out().contains("\u001b["), "no cursor movement without a terminal");
    }

    @Test
    void badNamespaceIsOneLine() {
        Outcome o = Run.mpsh(lab, "subflows nowhere");
        assertEquals(2, o.status(), o.toString());
        assertEquals(List.of("subflows: unknown namespace 'nowhere'; the lab has client, Router, LB, switch, app-1, app-2"
                        + " (any other: --netns NAME)"),
                o.errLines());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
