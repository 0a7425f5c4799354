package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.HeldConnections;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import dev.mpsh.testing.SsOutput;
import dev.mpsh.testing.SubflowsJsonRows;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections made by a program that is not mpsh, before mpsh starts: the subflow tables of a
 * freshly started mpsh must show what `ss -tniMe` shows in the same namespaces, subflow by
 * subflow: the same 4-tuples, tokens, address ids, interfaces, MPTCP flags and backup flags,
 * and every client subflow placed on the backend that has it.
 */
class SubflowsVersusSsIT {
    private static final int CONNECTIONS = 2;
    private static final List<String> NAMESPACES = List.of("client", "app-1", "app-2");
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
        ReferenceAnswer.apply(lab);
        // the eth2 joins as backup subflows: the client asks (ss "b"), the backend is told ("B")
        String client = ReferenceAnswer.ns(lab, "client");
        for (String step : List.of("endpoint del id 2", "endpoint add 10.0.82.10 dev eth2 subflow fullmesh backup")) {
            List<String> argv = new java.util.ArrayList<>(List.of("ip", "-n", client, "mptcp"));
            argv.addAll(List.of(step.split(" ")));
            Outcome o = Run.command(300, argv.toArray(String[]::new));
            assertEquals(0, o.status(), step + ": " + o);
        }
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    private SsOutput ss(String ns) {
        Outcome o = Run.command(300, "ip", "netns", "exec", ReferenceAnswer.ns(lab, ns), "ss", "-tniMe");
        assertEquals(0, o.status(), o.toString());
        return new SsOutput(o.out());
    }

    /** Waits (a ceiling of minutes) until the kernel has joined both subflows of every connection. */
    private SsOutput settledClient() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5 * 60_000;
        while (true) {
            SsOutput c = ss("client");
            Map<String, Long> perToken = c.subflows.stream().collect(Collectors.groupingBy(SsOutput.Subflow::tokenLocal,
                    Collectors.counting()));
            if (c.mptcp.size() == CONNECTIONS && perToken.size() == CONNECTIONS && perToken.values().stream().allMatch(n -> n == 3)) {
                return c;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the joins never came: " + c.subflows);
            Thread.sleep(100);
        }
    }

    @Test
    void aFreshMpshShowsEverySubflowTheKernelHasAsSsDoes() throws Exception {
        try (HeldConnections held = HeldConnections.open(ReferenceAnswer.ns(lab, "client"), "10.0.83.1", 80, CONNECTIONS)) {
            settledClient();
            Outcome o = Run.mpsh(lab, "subflows client app-1 app-2 --json");
            assertEquals(0, o.status(), o.toString());
            String json = o.out().strip();
            for (String ns : NAMESPACES) {
                assertTrue(json.contains("{\"namespace\":\"" + ns + "\",\"complete\":true"), ns + " complete: " + json);
            }
            assertFalse(json.contains("\"partial\":true"), json);
            List<Map<String, String>> rows = SubflowsJsonRows.of(json);
            for (String ns : NAMESPACES) {
                SsOutput ss = ss(ns);
                List<Map<String, String>> mine = rows.stream().filter(r -> ns.equals(r.get("namespace"))
                        && "established".equals(r.get("state"))).toList();
                assertEquals(tuples(ss), mine.stream().map(r -> r.get("local") + " " + r.get("remote"))
                        .collect(Collectors.toCollection(TreeSet::new)), ns + ": the same subflows as ss");
                for (SsOutput.Subflow s : ss.subflows) {
                    Map<String, String> r = mine.stream().filter(x -> x.get("local").equals(s.local())
                            && x.get("remote").equals(s.remote())).findFirst().orElseThrow();
                    String what = ns + " " + s + " vs " + r;
                    assertEquals(s.tokenLocal(), r.get("token"), what);
                    assertEquals(String.valueOf(s.idLocal()), r.get("local_id"), what);
                    assertEquals(String.valueOf(s.idRemote()), r.get("remote_id"), what);
                    assertEquals(s.flags(), r.get("mptcp_flags"), what);
                    assertEquals(String.valueOf(s.flags().contains("b")), r.get("backup_local"), what);
                    assertEquals(String.valueOf(s.flags().contains("B")), r.get("backup_remote"), what);
                    assertEquals(s.tokenRemote().equals("00000000") ? "null" : s.tokenRemote(), r.get("peer_token"), what);
                    if (s.device() != null) {
                        assertEquals(s.device(), r.get("interface"), what);
                    }
                    assertEquals(String.valueOf(!s.flags().contains("J") && !s.flags().contains("j")), r.get("initial"), what);
                    if (ns.equals("client")) {
                        assertEquals("landed", r.get("placement"), what);
                        assertTrue(r.get("backend").startsWith("app-"), what);
                        assertNotNull(r.get("interface"), what);
                    }
                }
                Set<String> tokens = ss.mptcp.stream().map(SsOutput.Mptcp::token).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(tokens, mine.stream().map(r -> r.get("token")).collect(Collectors.toCollection(TreeSet::new)),
                        ns + ": the same connections as ss");
            }
            assertEquals(2 * CONNECTIONS, count(json, "\"opened_before_watch\":true,"), "each on the client and a backend: " + json);
            assertEquals(CONNECTIONS * 3, rows.stream().filter(r -> "client".equals(r.get("namespace"))).count());
            assertEquals(CONNECTIONS, rows.stream().filter(r -> "client".equals(r.get("namespace"))
                    && "true".equals(r.get("backup_local")) && "eth2".equals(r.get("interface"))).count(), "the eth2 joins: " + rows);
            assertEquals(CONNECTIONS, rows.stream().filter(r -> r.get("namespace").startsWith("app-")
                    && "true".equals(r.get("backup_remote")) && "true".equals(r.get("backup"))).count(), "as the backends see them");
        }
    }

    private static Set<String> tuples(SsOutput ss) {
        return ss.subflows.stream().map(s -> s.local() + " " + s.remote()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
