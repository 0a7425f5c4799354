package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardLayoutTest {

    @Test
    void at80x24ThePanesTileTheScreenWithTheirTitlesOnTheBorders() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            List<String> lines = d.lines();
            // top third: namespaces (18 wide) and fixes side by side
            assertTrue(lines.get(0).startsWith("┌─Namespaces"), lines.get(0));
            assertEquals('┌', d.at(18, 0));
            assertTrue(lines.get(0).substring(18).startsWith("┌─" + FixPane.TITLE), lines.get(0));
            assertEquals('┐', d.at(79, 0));
            assertEquals('└', d.at(0, 7));
            // subflows: rows 8..14, full width
            assertTrue(lines.get(8).startsWith("┌─" + FlowPane.TITLE), lines.get(8));
            assertEquals('┐', d.at(79, 8));
            assertEquals('└', d.at(0, 14));
            // bottom: the walkthrough over the echo console (32 wide), and the log
            assertTrue(lines.get(15).startsWith("┌─" + WalkthroughPane.TITLE), lines.get(15));
            assertTrue(lines.get(16).startsWith("│type 'walkthrough' in the"), lines.get(16));
            assertEquals('└', d.at(0, 19));
            assertTrue(lines.get(20).startsWith("┌─" + EchoPane.TITLE), lines.get(20));
            assertTrue(lines.get(15).substring(32).startsWith("┌─" + LogPane.TITLE), lines.get(15));
            assertEquals('┘', d.at(79, 23));
            assertTrue(lines.get(22).contains(LogPane.PROMPT), lines.get(22));
            assertTrue(lines.get(22).contains("send> "), lines.get(22));
        }
    }

    @Test
    void at160x48TheSamePanesGrowWithTheScreen() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(160, 48)) {
            List<String> lines = d.lines();
            assertTrue(lines.get(0).startsWith("┌─Namespaces"), lines.get(0));
            assertEquals('┌', d.at(32, 0));
            assertTrue(lines.get(0).substring(32).startsWith("┌─" + FixPane.TITLE), lines.get(0));
            assertEquals('┐', d.at(159, 0));
            assertTrue(lines.get(16).startsWith("┌─" + FlowPane.TITLE), lines.get(16));
            assertEquals('└', d.at(0, 29));
            // the walkthrough's one line (none runs), the echo console below it, the log beside
            assertTrue(lines.get(30).startsWith("┌─" + WalkthroughPane.TITLE), lines.get(30));
            assertEquals("│" + WalkthroughPane.IDLE, lines.get(31).substring(0, 63).stripTrailing());
            assertTrue(lines.get(33).startsWith("┌─" + EchoPane.TITLE), lines.get(33));
            assertTrue(lines.get(30).substring(64).startsWith("┌─" + LogPane.TITLE), lines.get(30));
            assertEquals('┘', d.at(159, 47));
            // all fixes are listed with their state
            assertTrue(d.text().contains("lb-accept-local"), d.text());
        }
    }

    @Test
    void resizingReLaysThePanesOut() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.terminal.setTerminalSize(new TerminalSize(160, 48));
            d.settle();
            assertEquals('┌', d.at(32, 0), d.text());
            assertEquals('┘', d.at(159, 47), d.text());
        }
    }

    @Test
    void belowEightyByTwentyFourAMessageSaysWhatIsNeeded() throws Exception {
        try (VirtualDashboard d = new VirtualDashboard(80, 24)) {
            d.terminal.setTerminalSize(new TerminalSize(79, 24));
            d.settle();
            String screen = d.text();
            assertTrue(screen.contains("needs at least 80x24"), screen);
            assertTrue(screen.contains("this terminal is 79x24"), screen);
            assertTrue(!screen.contains("┌─Namespaces"), screen);
            d.terminal.setTerminalSize(new TerminalSize(100, 30));
            d.settle();
            assertTrue(d.text().startsWith("┌─Namespaces"), d.text());
        }
    }

    @Test
    void aRunningWalkthroughTakesMostOfTheLeftColumnAndTheEchoConsoleKeepsALine() {
        DashboardLayout big = DashboardLayout.of(new TerminalSize(160, 48), true).orElseThrow();
        assertEquals(new Rect(0, 30, 64, 12), big.walkthrough());
        assertEquals(new Rect(0, 42, 64, 6), big.echo());
        assertEquals(new Rect(64, 30, 96, 18), big.log());
        DashboardLayout small = DashboardLayout.of(new TerminalSize(80, 24), true).orElseThrow();
        assertEquals(new Rect(0, 15, 32, 5), small.walkthrough());
        assertEquals(new Rect(0, 20, 32, DashboardLayout.MIN_ECHO_ROWS), small.echo());
        // the panes tile the screen: nothing overlaps, nothing is left over
        for (TerminalSize size : List.of(new TerminalSize(80, 24), new TerminalSize(100, 30), new TerminalSize(160, 48))) {
            for (boolean lesson : new boolean[] {false, true}) {
                DashboardLayout l = DashboardLayout.of(size, lesson).orElseThrow();
                int[][] cover = new int[size.getRows()][size.getColumns()];
                for (Rect r : List.of(l.namespaces(), l.fixes(), l.flows(), l.walkthrough(), l.echo(), l.log())) {
                    for (int y = r.y(); y < r.y() + r.height(); y++) {
                        for (int x = r.x(); x < r.x() + r.width(); x++) {
                            cover[y][x]++;
                        }
                    }
                }
                for (int[] row : cover) {
                    for (int n : row) {
                        assertEquals(1, n, size + (lesson ? " with" : " without") + " a walkthrough");
                    }
                }
            }
        }
    }

    @Test
    void layoutIsEmptyJustBelowTheMinimumInEitherDirection() {
        assertTrue(DashboardLayout.of(new TerminalSize(80, 23)).isEmpty());
        assertTrue(DashboardLayout.of(new TerminalSize(79, 40)).isEmpty());
        assertTrue(DashboardLayout.of(new TerminalSize(80, 24)).isPresent());
    }
}
