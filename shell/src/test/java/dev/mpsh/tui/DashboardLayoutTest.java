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
            // bottom: echo (32 wide) and log
            assertTrue(lines.get(15).startsWith("┌─" + EchoPane.TITLE), lines.get(15));
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
            assertTrue(lines.get(30).startsWith("┌─" + EchoPane.TITLE), lines.get(30));
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
    void layoutIsEmptyJustBelowTheMinimumInEitherDirection() {
        assertTrue(DashboardLayout.of(new TerminalSize(80, 23)).isEmpty());
        assertTrue(DashboardLayout.of(new TerminalSize(79, 40)).isEmpty());
        assertTrue(DashboardLayout.of(new TerminalSize(80, 24)).isPresent());
    }
}
