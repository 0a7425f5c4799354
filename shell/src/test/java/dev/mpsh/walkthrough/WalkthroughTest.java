package dev.mpsh.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioParser;
import dev.mpsh.api.Step;
import dev.mpsh.api.StepText;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against a made-up scenario and a lab whose fixes the test switches on and off. */
class WalkthroughTest {
    static final String SCENARIO = """
            scenario tiny
            title en Tiny
            title ja 小さい
            namespace a
            namespace b
            fix a-one a
              title en one
              title ja いち
              explain en x
              explain ja x
              apply sysctl -w net.ipv4.ip_forward=1
              revert sysctl -w net.ipv4.ip_forward=0
              probe sysctl a net.ipv4.ip_forward = 1
            fix b-two b
              title en two
              title ja に
              explain en x
              explain ja x
              apply ip addr add 10.9.0.1/32 dev lo
              revert ip addr del 10.9.0.1/32 dev lo
              probe address b lo has 10.9.0.1/32
            fix b-three b
              title en three
              title ja さん
              explain en x
              explain ja x
              apply sysctl -w 'net.ipv4.conf.all.arp_ignore=1'
              revert sysctl -w net.ipv4.conf.all.arp_ignore=0
              probe sysctl b net.ipv4.conf.all.arp_ignore = 1
            check a 10.0.83.1:80
              criterion c1 connect 10
                title en connects
                title ja つながる
              criterion c2 initial-subflow 10
                title en initial
                title ja 初回
            lesson
            step first 01.md
              done fix a-one
            step second 02.md
              done fix b-two b-three
            step last 03.md
              done check
            """;

    @TempDir
    Path dir;
    final Set<String> applied = new HashSet<>();
    final List<String> checkFails = new ArrayList<>(List.of("c1"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean labDown;
    final LabState lab = new LabState() {
        @Override
        public List<String> missingFixes(List<String> ids) throws CommandException {
            if (labDown) {
                throw new CommandException("cannot read the lab: namespace t1-a does not exist; is the lab up ('lab status')?");
            }
            return ids.stream().filter(id -> !applied.contains(id)).toList();
        }

        @Override
        public List<String> failedCriteria(CommandContext ctx) {
            return checkFails;
        }

        @Override
        public HandoverWatch watch(Step.Handover handover) {
            watched.add(handover);
            HandoverWatch.Seen now = seen;
            return () -> now;
        }
    };
    /** What the fake kernel shows during the next command on a handover step. */
    HandoverWatch.Seen seen = HandoverWatch.Seen.NOTHING;
    final List<Step.Handover> watched = new ArrayList<>();

    Walkthrough walkthrough() throws Exception {
        Scenario sc = ScenarioParser.parse("tiny", SCENARIO);
        StepTexts texts = (step, lang) -> new StepText(lang + " title " + step.id(), lang + " body " + step.id(),
                List.of(lang + " hint one " + step.id(), lang + " hint two " + step.id()));
        return new Walkthrough("t1", sc, texts, lab, new ProgressStore(dir.resolve("t1.json")), n -> "t1-" + n);
    }

    /** The lesson with a last step that waits for the handover. */
    static final String WITH_HANDOVER = SCENARIO.replace("namespace b\n",
            "namespace b\nwan a eth1 10.0.81.10 peer b r1\nwan a eth2 10.0.82.10 peer b r2\n")
            + "step handover 04.md\n  done handover eth1 eth2\n";

    /** Runs both hooks as the dispatcher does around a statement, and returns what they printed. */
    String ran(Walkthrough w, String line, int status) {
        out.reset();
        CommandContext ctx = new CommandContext(new Session("t1"), null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), () -> null, new Cancellation(), Style.PLAIN, false);
        w.before(List.of(line.split(" ")), ctx);
        w.after(List.of(line.split(" ")), status, ctx);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHandoverStepIsDoneWhenTheKernelShowsTheOtherWanCarryingTrafficWhileOneWasDown() throws Exception {
        Scenario sc = ScenarioParser.parse("tiny", WITH_HANDOVER);
        StepTexts texts = (step, lang) -> new StepText(lang + " title " + step.id(), "body", List.of("hint"));
        Walkthrough w = new Walkthrough("t1", sc, texts, lab, new ProgressStore(dir.resolve("t1.json")), n -> "t1-" + n);
        applied.addAll(List.of("a-one", "b-two", "b-three"));
        checkFails.clear();
        w.start(null, "en", Style.PLAIN);
        assertTrue(ran(w, "check", 0).contains("Step 4/4: en title handover"));
        assertTrue(w.show(Style.PLAIN).contains("drill wan-down eth1"), w.show(Style.PLAIN));

        assertEquals("", ran(w, "subflows", 0), "eth1 never went down: nothing to say");
        assertEquals(List.of(new Step.Handover("eth1", "eth2")), watched, "watched while the command ran");
        seen = new HandoverWatch.Seen(true, 0, null);
        String stalled = ran(w, "drill wan-down eth1", 0);
        assertTrue(stalled.contains("eth1 went down, but no subflow from eth2 moved a byte meanwhile"), stalled);
        assertEquals("handover", w.view().id());

        seen = new HandoverWatch.Seen(true, 5_242_880, "10.0.82.10:40100 -> 10.0.83.1:8082");
        String done = ran(w, "drill wan-down eth1", 0);
        assertTrue(done.contains("the eth2 subflow moved 5,242,880 bytes while eth1 was down (10.0.82.10:40100 -> 10.0.83.1:8082)"), done);
        assertTrue(done.contains("✔ Step 4 done: en title handover"), done);
        assertTrue(done.contains("The walkthrough is complete."), done);

        watched.clear();
        ran(w, "help", 0);
        assertEquals(List.of(), watched, "no handover step any more: nothing is watched");
        applied.remove("a-one");
        ran(w, "fix revert a-one", 0);
        assertFalse(w.status().rows().get(3).state() == StepState.DONE, "an earlier step undone: the handover counts again");
    }

    /** Runs the hook as the dispatcher does after a statement, and returns what it printed. */
    String typed(Walkthrough w, String line, int status) {
        out.reset();
        CommandContext ctx = new CommandContext(new Session("t1"), null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), () -> null, new Cancellation(), Style.PLAIN, false);
        w.after(List.of(line.split(" ")), status, ctx);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStepMovesOnOnlyWhenTheLabShowsItDone() throws Exception {
        Walkthrough w = walkthrough();
        String first = w.start(null, "en", Style.PLAIN);
        assertTrue(first.contains("Step 1/3: en title first"), first);
        assertEquals("", typed(w, "a sysctl -w net.ipv4.ip_forward=0", 0), "nothing changed: no word");
        assertEquals("first", w.view().id());

        applied.add("a-one");
        String moved = typed(w, "a sysctl -w net.ipv4.ip_forward=1", 0);
        assertTrue(moved.contains("✔ Step 1 done: en title first"), moved);
        assertTrue(moved.contains("Step 2/3: en title second"), moved);

        applied.add("b-two");
        String partly = typed(w, "b ip addr add 10.9.0.1/32 dev lo", 0);
        assertTrue(partly.contains("1 of 2 changes of this step are in place; still missing: b-three"), partly);
        assertEquals("second", w.view().id());
        applied.add("b-three");
        assertTrue(typed(w, "b sysctl -w net.ipv4.conf.all.arp_ignore=1", 0).contains("Step 3/3: en title last"));
    }

    @Test
    void severalStepsDoneByOneCommandAreSaidTogether() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "en", Style.PLAIN);
        applied.addAll(List.of("a-one", "b-two", "b-three"));
        String out = typed(w, "fix apply --all", 0);
        assertTrue(out.contains("✔ Step 1 done: en title first (and the lab already shows step 2 done)"), out);
        assertTrue(out.contains("Step 3/3: en title last"), out);
    }

    @Test
    void undoingAnEarlierStepInTheLabSendsTheTraineeBackToIt() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "en", Style.PLAIN);
        applied.add("a-one");
        typed(w, "a sysctl -w net.ipv4.ip_forward=1", 0);
        assertEquals("second", w.view().id());
        applied.remove("a-one");
        String back = typed(w, "a sysctl -w net.ipv4.ip_forward=0", 0);
        assertTrue(back.contains("Step 1 no longer holds in the lab (a-one not in place): back to it."), back);
        assertTrue(back.contains("Step 1/3: en title first"), back);
        assertEquals("first", w.view().id());
        assertEquals(0, w.view().done());
    }

    @Test
    void theCheckStepWaitsForAPassingCheck() throws Exception {
        applied.addAll(List.of("a-one", "b-two", "b-three"));
        Walkthrough w = walkthrough();
        String start = w.start(null, "en", Style.PLAIN);
        assertTrue(start.contains("2 step(s) already hold in the lab and are marked done: first, second"), start);
        assertTrue(start.contains("Step 3/3"), start);
        assertEquals("", typed(w, "client -addr 10.0.83.1:80", 0), "only the check grades the check step");
        applied.remove("b-two");
        assertTrue(typed(w, "lab reset", 0).contains("Step 2 no longer holds in the lab (b-two not in place): back to it."),
                "waiting for the check, an undone step is still seen");
        applied.add("b-two");
        assertTrue(typed(w, "b ip addr add 10.9.0.1/32 dev lo", 0).contains("Step 3/3"));
        assertEquals("", typed(w, "check", 1), "a failing check does not finish it");
        String done = typed(w, "check", 0);
        assertTrue(done.contains("✔ Step 3 done") && done.contains("The walkthrough is complete."), done);
        assertTrue(w.view().finished());
        assertThrows(CommandException.class, () -> w.hint(Style.PLAIN));
    }

    @Test
    void hintsGrowStrongerThenGiveTheCommands() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "ja", Style.PLAIN);
        w.skip(Style.PLAIN);
        assertEquals("ヒント 1/3: ja hint one second\n", w.hint(Style.PLAIN), "the walkthrough's own words follow the language");
        assertEquals("ヒント 2/3: ja hint two second\n", w.hint(Style.PLAIN));
        String third = w.hint(Style.PLAIN);
        assertTrue(third.startsWith("ヒント 3/3、コマンド:"), third);
        assertTrue(third.contains("# に (b-two) 未設定\n  b ip addr add 10.9.0.1/32 dev lo\n"), third);
        assertTrue(third.contains("  b sysctl -w net.ipv4.conf.all.arp_ignore=1\n"), third);
        assertEquals(List.of("ja hint one second", "ja hint two second"), w.view().hints());
        assertEquals(third.substring(third.indexOf('\n') + 1), w.show(Style.PLAIN));
    }

    @Test
    void skipBackAndStatus() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "en", Style.PLAIN);
        assertTrue(w.skip(Style.PLAIN).contains("Step 2/3"));
        assertTrue(w.back(Style.PLAIN).contains("Step 1/3"));
        assertThrows(CommandException.class, () -> w.back(Style.PLAIN));
        applied.add("a-one");
        WalkthroughStatus s = w.status();
        assertEquals(List.of(StepState.DONE, StepState.TODO, StepState.TODO), s.rows().stream().map(WalkthroughStatus.Row::state).toList());
        assertEquals("second", w.view().id(), "status recognises the first step and moves on");
        String review = w.back(Style.PLAIN);
        assertTrue(review.contains("Step 1/3") && review.contains("(done — 'skip' moves on)"), review);
        assertEquals("", typed(w, "a sysctl net.ipv4.ip_forward", 0), "a step gone back to waits for skip");
        assertTrue(w.skip(Style.PLAIN).contains("Step 2/3"));
    }

    @Test
    void progressSurvivesTheShellAndAnUndoneFixSendsTheTraineeBack() throws Exception {
        Walkthrough w = walkthrough();
        w.start("ja", "en", Style.PLAIN);
        applied.add("a-one");
        typed(w, "a sysctl -w net.ipv4.ip_forward=1", 0);
        assertEquals("second", w.view().id());

        Walkthrough again = walkthrough();
        String resumed = again.start(null, "en", Style.PLAIN);
        assertTrue(resumed.contains("ラボ 't1' のウォークスルーを再開します"), resumed);
        assertEquals("ja", again.lang(), "the language is remembered with the progress");
        assertEquals("second", again.view().id());

        applied.remove("a-one");
        Walkthrough third = walkthrough();
        third.start(null, "en", Style.PLAIN);
        assertEquals("first", third.view().id(), "the lab no longer shows step 1 done");
        assertEquals(0, third.view().done());
    }

    @Test
    void aLabThatCannotBeReadIsSaidOnceNotAfterEveryCommand() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "en", Style.PLAIN);
        labDown = true;
        assertEquals("\nwalkthrough: cannot read the lab: namespace t1-a does not exist; is the lab up ('lab status')?\n",
                typed(w, "lab down", 0));
        assertEquals("", typed(w, "ls", 0));
        labDown = false;
        applied.add("a-one");
        assertTrue(typed(w, "lab up", 0).contains("✔ Step 1 done"));
    }

    @Test
    void theTuiGetsAViewAfterEveryChange() throws Exception {
        Walkthrough w = walkthrough();
        w.start(null, "en", Style.PLAIN);
        List<StepView> seen = new ArrayList<>();
        try (AutoCloseable sub = w.onChange(seen::add)) {
            applied.add("a-one");
            typed(w, "a sysctl -w net.ipv4.ip_forward=1", 0);
            w.hint(Style.PLAIN);
        }
        w.skip(Style.PLAIN);
        StepView last = seen.get(seen.size() - 1);
        assertEquals("2/3", last.progress());
        assertEquals("en title second", last.title());
        assertEquals("en body second", last.body());
        assertEquals(StepState.TODO, last.state());
        assertEquals(List.of("en hint one second"), last.hints());
        assertEquals(1, last.done());
        assertFalse(last.finished());
        assertNull(Walkthrough.of(new Session("t1")));
    }
}
