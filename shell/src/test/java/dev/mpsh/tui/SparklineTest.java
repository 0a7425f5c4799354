package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The subflow pane's 30-second rate history: one scale for all rows, blanks where nothing was read. */
class SparklineTest {

    @Test
    void aHandoverShowsWifiFallingSilentAndCellularRisingOnOneScale() {
        Sparkline s = new Sparkline();
        for (int t = 0; t < 30; t++) {
            long at = t * 1000L;
            s.add("wifi", at, t < 15 ? 8e6 : 0);
            s.add("cell", at, t < 15 ? 1e6 : 8e6);
        }
        long now = 29_999;
        s.trim(now, Set.of("wifi", "cell"));
        double scale = s.scale();
        assertEquals(8e6, scale);
        assertEquals("████████▁▁▁▁▁▁▁", s.line("wifi", now, scale));
        assertEquals("▁▁▁▁▁▁▁████████", s.line("cell", now, scale));
    }

    @Test
    void oldReadingsAndSubflowsNoLongerShownAreForgotten() {
        Sparkline s = new Sparkline();
        s.add("a", 0, 100);
        s.add("b", 0, 5);
        s.add("b", 40_000, 5);
        s.trim(40_000, Set.of("b"));
        assertEquals(5.0, s.scale(), "a is gone, and b's reading at 0 is older than 30 s");
        assertEquals(" ".repeat(Sparkline.WIDTH), s.line("a", 40_000, 5));
        assertEquals(" ".repeat(Sparkline.WIDTH - 1) + "█", s.line("b", 40_000, 5));
    }

    @Test
    void blocksRiseWithTheRateAndNothingMovingIsTheLowest() {
        assertEquals('▁', Sparkline.block(0, 10));
        assertEquals('▁', Sparkline.block(1, 10));
        assertEquals('▄', Sparkline.block(5, 10));
        assertEquals('█', Sparkline.block(10, 10));
        assertEquals('▁', Sparkline.block(3, 0), "no scale yet: nothing has moved");
    }
}
