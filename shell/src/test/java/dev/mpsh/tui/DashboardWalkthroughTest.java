package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioParser;
import dev.mpsh.api.StepText;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.walkthrough.LabState;
import dev.mpsh.walkthrough.ProgressStore;
import dev.mpsh.walkthrough.StepTexts;
import dev.mpsh.walkthrough.Walkthrough;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough pane against the real engine on a made-up scenario whose fixes the test
 * switches on: a walkthrough started after the dashboard opened shows after the next command,
 * and a step done (seen by the engine after a command) or a change made elsewhere updates it.
 */
class DashboardWalkthroughTest {
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
            check a 10.0.83.1:80
              criterion c1 connect 10
                title en connects
                title ja つながる
            lesson
            step first 01.md
              done fix a-one
            step second 02.md
              done fix b-two
            step last 03.md
              done check
            """;

    @TempDir
    Path dir;
    final Set<String> applied = new HashSet<>();
    /** Each step's body: Markdown, and for "second" long enough to scroll at 80x24. */
    final StepTexts texts = (step, lang) -> new StepText("Title of `" + step.id() + "`",
            step.id().equals("second") ? longBody() : "The VIP **10.0.83.1** goes on `lo`,\nand *this* line joins it.",
            List.of("first hint of " + step.id(), "second hint of " + step.id()));
    final LabState lab = new LabState() {
        @Override
        public List<String> missingFixes(List<String> ids) {
            return ids.stream().filter(id -> !applied.contains(id)).toList();
        }

        @Override
        public List<String> failedCriteria(CommandContext ctx) {
            return List.of("c1");
        }

        @Override
        public dev.mpsh.walkthrough.HandoverWatch watch(dev.mpsh.api.Step.Handover handover) {
            return () -> dev.mpsh.walkthrough.HandoverWatch.Seen.NOTHING;
        }
    };

    static String longBody() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            lines.add("Paragraph " + i + " of the second step.\n");
        }
        return String.join("\n", lines) + "\nThe very last line.";
    }

    /** Starts a walkthrough in the session as the 'walkthrough' command does. */
    Walkthrough start(Session session) throws Exception {
        Scenario sc = ScenarioParser.parse("tiny", SCENARIO);
        Walkthrough w = new Walkthrough("t", sc, texts, lab, new ProgressStore(dir.resolve("t.json")), n -> "t-" + n);
        session.attach(Walkthrough.class, w);
        session.addAfterStatement(w);
        w.start("en", "en", Style.PLAIN);
        return w;
    }

    /** The text inside the walkthrough pane's border, as on screen, without trailing blanks. */
    static String pane(VirtualDashboard d) {
        TerminalSize size = d.screen.getTerminalSize();
        Rect r = DashboardLayout.of(size, d.dashboard.lessonShown()).orElseThrow().walkthrough();
        List<String> lines = d.lines();
        assertTrue(lines.get(r.y()).startsWith("┌─" + WalkthroughPane.TITLE, r.x()), "no walkthrough pane at row " + r.y() + ":\n" + d.text());
        StringBuilder b = new StringBuilder();
        for (int y = r.y() + 1; y < r.y() + r.height() - 1; y++) {
            b.append(lines.get(y).substring(r.x() + 1, r.x() + r.width() - 1).stripTrailing()).append('\n');
        }
        return b.toString();
    }

    void command(VirtualDashboard d, String line) throws Exception {
        d.dashboard.focus(LogPane.class);
        d.type(line);
        d.key(KeyType.Enter);
    }

    @Test
    void withoutAWalkthroughThePaneSaysHowToStartOne() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(160, 48)) {
            assertFalse(d.dashboard.lessonShown());
            assertEquals(WalkthroughPane.IDLE, pane(d).strip());
            assertEquals(3, DashboardLayout.of(new TerminalSize(160, 48)).orElseThrow().walkthrough().height());
        }
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            assertEquals(WalkthroughPane.IDLE, String.join(" ", pane(d).strip().split("\\s+")), d.text());
        }
    }

    @Test
    void aWalkthroughStartedAfterTheDashboardOpenedShowsAfterTheNextCommandAndFollowsTheSteps() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(160, 48)) {
            Walkthrough w = start(d.session);
            d.settle();
            assertTrue(pane(d).contains("type 'walkthrough'"), "no command ran yet: still idle\n" + pane(d));

            command(d, "help ns");
            assertTrue(d.dashboard.lessonShown());
            String p = pane(d);
            assertTrue(p.startsWith("Step 1/3 · to do"), p);
            assertTrue(p.contains("Title of first\n"), p);
            // Markdown markers gone, the source's two lines joined into one paragraph
            assertTrue(p.contains("The VIP 10.0.83.1 goes on lo, and this line joins it."), p);
            // the pane took most of the left column: the echo console moved down
            assertTrue(d.lines().get(42).startsWith("┌─" + EchoPane.TITLE), d.text());

            // The lab shows step 1 done: the engine sees it after the next command, the pane follows.
            applied.add("a-one");
            command(d, "help ns");
            p = pane(d);
            assertTrue(p.startsWith("Step 2/3 · to do"), p);
            assertTrue(p.contains("Title of second\n"), p);

            command(d, "hint");
            assertTrue(pane(d).contains("Hint 1: first hint of second"), pane(d));
            assertFalse(pane(d).contains("second hint of second"), pane(d));

            // A change that no dashboard command made arrives through the subscription alone.
            w.skip(Style.PLAIN);
            d.settle();
            p = pane(d);
            assertTrue(p.startsWith("Step 3/3 · to do"), p);
            assertTrue(p.contains("Title of last"), p);
            w.back(Style.PLAIN);
            d.settle();
            assertTrue(pane(d).startsWith("Step 2/3 · skipped"), pane(d));

            command(d, "walkthrough stop");
            assertFalse(d.dashboard.lessonShown());
            assertEquals(WalkthroughPane.IDLE, pane(d).strip());
            assertTrue(d.lines().get(33).startsWith("┌─" + EchoPane.TITLE), d.text());
            w.skip(Style.PLAIN); // no longer followed
            d.settle();
            assertEquals(WalkthroughPane.IDLE, pane(d).strip());
        }
    }

    @Test
    void aWalkthroughAlreadyRunningShowsAtOnceAndItsPaneScrollsAndTakesTheTab() throws Exception {
        applied.add("a-one");
        try (VirtualDashboard d = new VirtualDashboard(80, 24, false, s -> {
            try {
                start(s);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        })) {
            String p = pane(d);
            assertTrue(p.startsWith("Step 2/3 · to do"), p);
            assertTrue(p.contains("Paragraph 1 of"), p);
            assertTrue(p.contains("▼"), "more below:\n" + p);
            assertFalse(p.contains("▲"), p);

            List<String> order = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                d.key(KeyType.Tab);
                order.add(d.dashboard.focusedPane());
            }
            assertEquals(List.of("NamespacePane", "FixPane", "FlowPane", "WalkthroughPane", "EchoPane", "LogPane"), order);

            d.dashboard.focus(WalkthroughPane.class);
            d.key(KeyType.End);
            p = pane(d);
            assertTrue(p.contains("in the command line"), "the end: what to type\n" + p);
            assertTrue(p.contains("▲") && !p.contains("▼"), p);
            assertTrue(p.startsWith("Step 2/3 · to do\nTitle of second\n"), "the head stays put:\n" + p);
            for (int i = 0; i < 3; i++) {
                d.key(KeyType.ArrowUp);
            }
            assertTrue(pane(d).contains("The very last line."), pane(d));
            assertTrue(pane(d).contains("▼"), pane(d));
            d.key(KeyType.Home);
            assertTrue(pane(d).contains("Paragraph 1 of"), pane(d));
        }
    }
}
