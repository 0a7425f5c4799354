package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.ReferenceAnswer;
import dev.mpsh.testing.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainee's session through the real launcher: lines typed into one mpsh (stdin), plain
 * ip/sysctl in each namespace, never 'fix'. The walkthrough must follow the kernel's state.
 */
class WalkthroughIT {
    @TempDir
    Path state;
    private String lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = LabTests.uniqueLabName();
        Run.Outcome up = Run.mpsh(lab, "lab up");
        assertEquals(0, up.status(), up.toString());
    }

    @AfterEach
    void tearDown() {
        if (lab != null && LabTests.missing() == null) {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @Test
    void handTypedCommandsWalkEveryStepToAPassingCheck() throws Exception {
        String wrong = session("""
                walkthrough
                app-1 sysctl -w net.ipv4.conf.all.arp_ignore=2
                LB ip addr show dev lo
                hint
                walkthrough status
                """);
        assertTrue(wrong.contains("Step 1/7: The backends must own the VIP"), wrong);
        assertFalse(wrong.contains("done:"), "a wrong action must not finish a step: " + wrong);
        assertTrue(wrong.contains("Hint 1/3: The address goes on the loopback device"), wrong);
        assertTrue(wrong.contains("0/7 steps done"), wrong);

        String out = session("""
                walkthrough
                app-1 ip addr add 10.0.83.1/32 dev lo
                app-1 sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
                app-2 ip addr add 10.0.83.1/32 dev lo
                app-2 sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
                LB sysctl -w net.ipv4.conf.all.accept_local=1 net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1
                client -addr 10.0.83.1:80 -msg hello
                client ip mptcp endpoint flush
                client ip mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh
                client ip mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh
                client ip mptcp limits set subflow 2 add_addr_accepted 2
                app-1 ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
                app-1 ip mptcp limits set subflow 2 add_addr_accepted 2
                app-2 ip mptcp endpoint add 10.0.83.1 dev veth-app2 port 8082 signal
                app-2 ip mptcp limits set subflow 2 add_addr_accepted 2
                app-1 sysctl -w net.mptcp.allow_join_initial_addr_port=0
                app-2 sysctl -w net.mptcp.allow_join_initial_addr_port=0
                check
                drill wan-down eth1 --at 1s --length 4s
                """);
        assertTrue(out.contains("Resuming the walkthrough of lab '" + lab + "'"), out);
        assertTrue(out.contains("connected to 10.0.83.1:80 with mptcp: true"), out);
        int at = 0;
        for (String done : List.of(
                "✔ Step 1 done: The backends must own the VIP",
                "✔ Step 2 done: Why the LB drops the replies: accept_local",
                "✔ Step 3 done: Subflows, MP_JOIN, and the client's endpoints",
                "✔ Step 4 done: Every subflow must reach the same backend",
                "✔ Step 5 done: The C flag: no joins to VIP:80",
                "✔ Step 6 done: The end state, graded",
                "drill wan-down eth1 (Wi-Fi): bulk echo to 10.0.83.1:80",
                "The kernel saw it: the eth2 subflow moved ",
                "✔ Step 7 done: The handover",
                "The walkthrough is complete.")) {
            int i = out.indexOf(done, at);
            assertTrue(i >= at, "missing, or out of order: '" + done + "' in\n" + out);
            at = i;
        }
        // Step 1 finishes with the fourth command, not before: each step waits for all of it.
        assertTrue(out.indexOf("3 of 4 changes of this step are in place") < out.indexOf("✔ Step 1 done"), out);

        String status = session("walkthrough status --json\n");
        assertTrue(status.contains("\"state\":\"done\"") && !status.contains("\"to do\""), status);
    }

    @Test
    void aPartlyFixedLabIsRecognisedAndTheLanguageIsRemembered() throws Exception {
        String lb = ReferenceAnswer.ns(lab, "LB");
        Run.inNs(lb, "sysctl", "-w", "net.ipv4.conf.all.accept_local=1", "net.ipv4.conf.veth-lb-rt.accept_local=1",
                "net.ipv4.conf.veth-lb-br.accept_local=1");
        String client = ReferenceAnswer.ns(lab, "client");
        Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.81.10", "dev", "eth1", "subflow", "fullmesh");
        Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.82.10", "dev", "eth2", "subflow", "fullmesh");
        Run.inNs(client, "ip", "mptcp", "limits", "set", "subflow", "2", "add_addr_accepted", "2");

        String out = session("""
                walkthrough --lang ja
                app-1 ip addr add 10.0.83.1/32 dev lo
                app-2 ip addr add 10.0.83.1/32 dev lo
                app-1 sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
                app-2 sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
                """);
        assertTrue(out.contains("2 個のステップはすでにラボで成り立っているので完了にしました: accept-local, subflows"), out);
        assertTrue(out.contains("ステップ 1/7: バックエンドにVIPを持たせる"), out);
        assertTrue(out.contains("✔ ステップ 1 完了: バックエンドにVIPを持たせる(ステップ 2-3 もすでに完了しています)"), out);
        assertTrue(out.contains("ステップ 4/7: すべてのサブフローを同じバックエンドへ"), "steps 2 and 3 hold: on to 4\n" + out);

        String again = session("walkthrough\n");
        assertTrue(again.contains("ステップ 4/7: すべてのサブフローを同じバックエンドへ"), "resumed in Japanese at step 4\n" + again);
    }

    /** Types the lines into one mpsh of this lab, as from a pipe, and returns all it printed. */
    private String session(String lines) throws IOException, InterruptedException {
        File in = state.resolve("typed-" + System.nanoTime()).toFile();
        Files.writeString(in.toPath(), lines, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab)
                .redirectInput(in).redirectErrorStream(true);
        pb.environment().putAll(envMap());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "mpsh did not finish: " + out);
        return out;
    }

    private java.util.Map<String, String> envMap() {
        return java.util.Map.of("XDG_STATE_HOME", state.toString(), "LANG", "C.UTF-8", "LC_ALL", "", "LC_MESSAGES", "");
    }
}
