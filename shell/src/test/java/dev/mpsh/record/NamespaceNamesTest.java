package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.record.Transcript.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamespaceNamesTest {
    private static final List<String> NAMES = List.of("client", "Router", "LB", "app-1", "app-2", "app-10");
    private static final NamespaceNames DEMO = NamespaceNames.of("demo", NAMES);
    private static final NamespaceNames DEFAULT = NamespaceNames.of(null, NAMES);

    @Test
    void aPlaceholderMatchesTheLabsOwnNameAndNoOther() {
        Expected e = Expected.literal("see: ip netns exec {ns:app-1} sysctl net.ipv4.conf.all.arp_ignore");
        assertTrue(e.matches("see: ip netns exec demo-app-1 sysctl net.ipv4.conf.all.arp_ignore", DEMO));
        assertTrue(e.matches("see: ip netns exec app-1 sysctl net.ipv4.conf.all.arp_ignore", DEFAULT));
        assertFalse(e.matches("see: ip netns exec app-1 sysctl net.ipv4.conf.all.arp_ignore", DEMO));
        assertFalse(e.matches("see: ip netns exec t1-app-1 sysctl net.ipv4.conf.all.arp_ignore", DEMO));
        assertFalse(e.matches("see: ip netns exec demo-app-2 sysctl net.ipv4.conf.all.arp_ignore", DEMO));
        // without a lab given, the default lab's names
        assertTrue(e.matches("see: ip netns exec app-1 sysctl net.ipv4.conf.all.arp_ignore"));
    }

    @Test
    void globLinesTakeItToo() {
        Expected e = new Expected("* ip -n {ns:LB} nft list ruleset*", Expected.Kind.GLOB, false, 0);
        assertTrue(e.matches("  see: ip -n demo-LB nft list ruleset (for the hook)", DEMO));
        assertFalse(e.matches("  see: ip -n LB nft list ruleset (for the hook)", DEMO));
    }

    @Test
    void recordingANamedLabWritesEveryRealNameAsAPlaceholder() {
        assertEquals("see: ip -n {ns:app-1} mptcp endpoint show; {ns:app-10} and {ns:app-2}",
                DEMO.generalize("see: ip -n demo-app-1 mptcp endpoint show; demo-app-10 and demo-app-2"));
        // the scenario's names that tables print stay as they are, and so do other labs' names
        assertEquals("app-1  fixed   ip -n t1-app-1", DEMO.generalize("app-1  fixed   ip -n t1-app-1"));
        assertEquals("xdemo-app-1 demo-app-1x", DEMO.generalize("xdemo-app-1 demo-app-1x"));
    }

    @Test
    void recordingTheDefaultLabWritesOnlyTheNamesCommandsTake() {
        assertEquals("see: ip netns exec {ns:app-2} nstat -az; ip -n {ns:client} route; /run/netns/{ns:LB}",
                DEFAULT.generalize("see: ip netns exec app-2 nstat -az; ip -n client route; /run/netns/LB"));
        assertEquals("app-1  fixed  backend app-2 answered", DEFAULT.generalize("app-1  fixed  backend app-2 answered"));
        assertEquals("ip -n app-1x", DEFAULT.generalize("ip -n app-1x"));
    }

    @Test
    void aRecordedLineReplaysOnEveryLab() {
        Expected recorded = Expected.of("see: ip -n demo-app-1 mptcp endpoint show", false, DEMO);
        assertEquals("see: ip -n {ns:app-1} mptcp endpoint show", recorded.written());
        assertTrue(recorded.matches("see: ip -n app-1 mptcp endpoint show", DEFAULT));
        assertTrue(recorded.matches("see: ip -n rp1-app-1 mptcp endpoint show", NamespaceNames.of("rp1", NAMES)));
    }

    @Test
    void aLineWithBracesThatWouldReadAsPlaceholdersStaysLiteral() {
        Expected recorded = Expected.of("ip -n demo-app-1 says {n}", false, DEMO);
        assertEquals("ip -n demo-app-1 says {n}", recorded.written());
    }

    @Test
    void replayUpdateWritesPlaceholdersBack() {
        Step step = new Step(3, "fix show app-signal", List.of(Expected.literal("old")), 0, Timing.NONE);
        StepOutcome o = Verifier.check("x.t", step, 0, "see: ip -n demo-app-2 mptcp endpoint show\n", DEMO);
        assertFalse(o.passed());
        assertEquals("see: ip -n {ns:app-2} mptcp endpoint show", o.updated().expected().get(0).written());
        StepOutcome ok = Verifier.check("x.t", o.updated(), 0, "see: ip -n app-2 mptcp endpoint show\n", DEFAULT);
        assertTrue(ok.passed(), ok.diff());
    }
}
