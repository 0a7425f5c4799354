package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.record.Transcript.Step;
import org.junit.jupiter.api.Test;

class VerifierTest {
    private static Step step(String transcript) throws Exception {
        return TranscriptParser.parse("mpsh transcript v1\nnarration\n" + transcript).steps().get(0);
    }

    @Test
    void matchingOutputAndStatusPass() throws Exception {
        Step s = step("  $ client\n  connected sport={port}\n  done (glob)\n  [1]\n");
        StepOutcome o = Verifier.check("t.t", s, 1, "connected sport=40016\ndone\n");
        assertTrue(o.passed(), o.diff());
    }

    @Test
    void aWrongExpectationFailsWithAReadableUnifiedDiff() throws Exception {
        Step s = step("""
                  $ lab status
                  namespaces: 6
                  sport={port}
                  LB: accept_local=1
                  app-1: up
                  app-2: up
                """);
        StepOutcome o = Verifier.check("fix.t", s, 0,
                "namespaces: 6\nsport=40016\nLB: accept_local=0\napp-1: up\napp-2: up\n");
        assertEquals("""
                --- fix.t
                +++ fix.t (actual)
                @@ -3,6 +3,6 @@
                   $ lab status
                   namespaces: 6
                   sport={port}
                -  LB: accept_local=1
                +  LB: accept_local=0
                   app-1: up
                   app-2: up
                """, o.diff());
    }

    @Test
    void aWrongStatusShowsAsTheStatusLine() throws Exception {
        Step s = step("  $ nosuch\n  mpsh: unknown command 'nosuch' (glob)\n");
        StepOutcome o = Verifier.check("t.t", s, 127, "mpsh: unknown command 'nosuch'\n");
        assertEquals("""
                --- t.t
                +++ t.t (actual)
                @@ -3,2 +3,3 @@
                   $ nosuch
                   mpsh: unknown command 'nosuch' (glob)
                +  [127]
                """, o.diff());
    }

    @Test
    void missingAndExtraLinesAndAMissingNewlineShow() throws Exception {
        Step s = step("  $ x\n  one\n  two\n  three\n");
        StepOutcome o = Verifier.check("t.t", s, 0, "one\nthree\nfour");
        assertEquals("""
                --- t.t
                +++ t.t (actual)
                @@ -3,4 +3,4 @@
                   $ x
                   one
                -  two
                   three
                +  four (no-eol)
                """, o.diff());
    }

    @Test
    void colourInTheActualOutputIsIgnored() throws Exception {
        Step s = step("  $ help\n  shell\n");
        assertTrue(Verifier.check("t.t", s, 0, "\u001b[1mshell\u001b[0m\n").passed());
    }

    @Test
    void farApartChangesGetTheirOwnHunks() throws Exception {
        StringBuilder t = new StringBuilder("  $ seq\n");
        StringBuilder actual = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            t.append("  ").append(i).append('\n');
            actual.append(i == 2 || i == 19 ? "x" : String.valueOf(i)).append('\n');
        }
        String diff = Verifier.check("t.t", step(t.toString()), 0, actual.toString()).diff();
        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.contains("@@ -3,6 +3,6 @@\n   $ seq\n   1\n-  2\n+  x\n   3\n   4\n   5\n@@"), diff);
        assertTrue(diff.endsWith("@@ -19,5 +19,5 @@\n   16\n   17\n   18\n-  19\n+  x\n   20\n"), diff);
    }
}
