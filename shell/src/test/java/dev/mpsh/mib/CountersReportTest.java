package dev.mpsh.mib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.output.Json;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountersReportTest {
    private static CounterReading reading(String ns, String mptcp, Boolean enabled) {
        return new CounterReading(ns, Mib.parse("MPTcpExt: MPCapableSYNTX AddAddr MPJoinSynTx FutureCounter\nMPTcpExt: "
                + mptcp + "\n"), enabled, null);
    }

    private static String render(CountersReport r) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        r.render(new PrintStream(b, true, StandardCharsets.UTF_8), Style.PLAIN);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreTheNonZeroOnesWithTheirMeaningAsNstatNamesThem() {
        String out = render(new CountersReport(null, List.of(reading("client", "3 0 2 7", true)), false, null, 0, false));
        List<String> lines = List.of(out.split("\n"));
        assertEquals("NAMESPACE  COUNTER                 VALUE  MEANING", lines.get(0));
        assertTrue(lines.get(1).matches("client +MPTcpExtMPCapableSYNTX +3 +client: sent a SYN with MP_CAPABLE.*"), lines.get(1));
        assertTrue(lines.get(2).startsWith("client     MPTcpExtMPJoinSynTx     2"), lines.get(2));
        assertEquals("client     MPTcpExtFutureCounter   7", lines.get(3), "a counter mpsh has no words for is still shown");
        assertFalse(out.contains("AddAddr"), "zero: hidden without --all");
        assertTrue(render(new CountersReport(null, List.of(reading("client", "3 0 2 7", true)), true, null, 0, false))
                .contains("MPTcpExtAddAddr"));
    }

    @Test
    void withACommandOnlyWhatMovedIsShownWithItsDelta() {
        CountersReport r = new CountersReport(List.of(reading("client", "3 0 2 0", true), reading("LB", "0 0 0 0", true)),
                List.of(reading("client", "4 1 2 0", true), reading("LB", "0 0 0 0", true)), false, "client -msg hi", 0, false);
        String out = render(r);
        assertTrue(out.startsWith("MPTcpExt counters moved by 'client -msg hi':\n"), out);
        assertTrue(out.contains("\nclient     MPTcpExtMPCapableSYNTX  +1     4    "), out);
        assertTrue(out.contains("\nclient     MPTcpExtAddAddr         +1     1    received an ADD_ADDR"), out);
        assertFalse(out.contains("MPJoinSynTx"), "did not move");
        assertTrue(out.endsWith("LB: no MPTcpExt counter changed\n"), out);
        String json = Json.write(r.json());
        assertTrue(json.startsWith("{\"command\":\"client -msg hi\",\"status\":0,\"namespaces\":[{\"namespace\":\"client\","
                + "\"mptcp_enabled\":true,\"problem\":null,\"notes\":[],\"counters\":[{\"name\":\"MPTcpExtMPCapableSYNTX\","
                + "\"group\":\"MPTcpExt\",\"counter\":\"MPCapableSYNTX\",\"value\":4,\"before\":3,\"delta\":1,"), json);
    }

    @Test
    void aNamespaceThatCannotBeReadOrHasMptcpOffOrNoMptcpGetsOneLineAndTheRestIsShown() {
        CountersReport r = new CountersReport(null, List.of(
                new CounterReading("gone", null, null, "network namespace 'gone' does not exist; see 'ip netns list'"),
                reading("off", "1 0 0 0", false),
                new CounterReading("old", Mib.parse("TcpExt: X\nTcpExt: 1\n"), null, null)), false, null, 0, false);
        String out = render(r);
        assertTrue(r.failed());
        assertTrue(out.contains("off        MPTcpExtMPCapableSYNTX  1"), out);
        assertTrue(out.contains("gone: cannot read the counters: network namespace 'gone' does not exist; see 'ip netns list'\n"), out);
        assertTrue(out.contains("off: net.mptcp.enabled=0 here: new MPTCP sockets are refused\n"), out);
        assertTrue(out.contains("old: this kernel has no MPTcpExt counters (no MPTCP in it)\n"), out);
    }
}
