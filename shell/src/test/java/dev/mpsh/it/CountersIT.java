package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** counters through the real launcher on the fixed lab: what one connection and what check move. */
class CountersIT {
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

    /** The DELTA of one row of the table, or 0 when the counter did not move (no row). */
    private static long delta(String out, String ns, String counter) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(ns) + " +MPTcpExt" + counter + " +\\+(\\d+) ").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void oneClientConnectionMovesTheMpCapableAndAddAddrCounters() {
        Outcome o = Run.mpsh(lab, "counters -- client -addr 10.0.83.1:80 -msg hi");
        assertEquals(0, o.status(), o.toString());
        String out = o.out();
        assertTrue(out.contains("recv> hi"), "the command's own output comes first: " + out);
        assertTrue(out.contains("MPTcpExt counters moved by 'client -addr 10.0.83.1:80 -msg hi':"), out);
        assertEquals(1, delta(out, "client", "MPCapableSYNTX"), out);
        assertEquals(1, delta(out, "client", "MPCapableSYNACKRX"), out);
        String backend = delta(out, "app-1", "MPCapableSYNRX") == 1 ? "app-1" : "app-2";
        assertEquals(1, delta(out, backend, "MPCapableSYNRX"), out);
        assertEquals(1, delta(out, backend, "MPCapableACKRX"), out);
        assertTrue(delta(out, backend, "AddAddrTx") + delta(out, "client", "AddAddr") >= 1, "the ADD_ADDR: " + out);
        assertTrue(out.contains("LB: no MPTcpExt counter changed"), out);
        assertTrue(out.matches("(?s).*client +MPTcpExtMPCapableSYNTX +\\+1 +\\d+ +client: sent a SYN with MP_CAPABLE.*"),
                "each with its meaning: " + out);
    }

    @Test
    void checkMovesTheMpJoinCounters() {
        Outcome o = Run.mpsh(lab, "counters client app-1 app-2 -- check");
        assertEquals(0, o.status(), o.toString());
        String out = o.out();
        long joins = delta(out, "client", "MPJoinSynTx");
        assertTrue(joins >= 2, out);
        assertEquals(joins, delta(out, "client", "MPJoinSynAckRx"), out);
        assertEquals(joins, delta(out, "app-1", "MPJoinAckRx") + delta(out, "app-2", "MPJoinAckRx"), out);
        assertEquals(joins, delta(out, "app-1", "MPJoinPortSynRx") + delta(out, "app-2", "MPJoinPortSynRx"),
                "every join went to an announced port: " + out);
        assertEquals(0, delta(out, "app-1", "MPJoinNoTokenFound") + delta(out, "app-2", "MPJoinNoTokenFound"), out);
    }

    @Test
    void theCommandsExitStatusIsKeptAndJsonCarriesTheDeltas() {
        Outcome o = Run.mpsh(lab, "counters client --json -- client -addr 10.0.83.1:9 -msg x -timeout 1s");
        assertEquals(1, o.status(), o.toString());
        String json = o.outLines().get(o.outLines().size() - 1);
        assertTrue(json.startsWith("{\"schema\":1,\"command\":\"client -addr 10.0.83.1:9 -msg x -timeout 1s\",\"status\":1,"), json);
        assertTrue(json.contains("{\"name\":\"MPTcpExtMPCapableSYNTX\",\"group\":\"MPTcpExt\",\"counter\":\"MPCapableSYNTX\","), json);
        assertTrue(json.matches(".*\"counter\":\"MPCapableSYNTX\",\"value\":\\d+,\"before\":\\d+,\"delta\":[1-9].*"), json);
    }
}
