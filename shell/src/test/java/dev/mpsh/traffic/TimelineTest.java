package dev.mpsh.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bytes per subflow per interval, from readings taken at uneven times. */
class TimelineTest {
    private static final long MS = 1_000_000L;

    private static SubflowLedger.Sample at(long ms, long sf1, long sf2, long echoed) {
        return new SubflowLedger.Sample(ms * MS, sf2 < 0 ? Map.of(1, sf1) : Map.of(1, sf1, 2, sf2), echoed);
    }

    @Test
    void rowsAreFixedIntervalsInterpolatedBetweenReadings() {
        List<SubflowLedger.Sample> s = List.of(
                at(0, 0, -1, 0),
                at(100, 1000, -1, 900),
                at(250, 2500, 300, 2400), // a late reading: half of its bytes fall in the second row
                at(300, 3000, 400, 2900));
        Timeline t = Timeline.of(s, List.of(1, 2), 0, 300 * MS, 100 * MS);
        assertEquals(3, t.rows().size());
        assertArrayEquals(new long[] {1000, 0}, t.rows().get(0).moved());
        assertArrayEquals(new long[] {1000, 200}, t.rows().get(1).moved());
        assertArrayEquals(new long[] {1000, 200}, t.rows().get(2).moved());
        assertEquals(900 + 1000 + 1000, t.rows().stream().mapToLong(Timeline.Row::echoed).sum());
        assertEquals(200 * MS, t.rows().get(2).fromNanos());
    }

    @Test
    void theNumberOfRowsDependsOnTheLengthOnly() {
        List<SubflowLedger.Sample> s = List.of(at(0, 0, -1, 0), at(730, 7300, -1, 7300));
        Timeline t = Timeline.of(s, List.of(1), 0, 730 * MS, 100 * MS);
        assertEquals(8, t.rows().size());
        assertEquals(7300, t.rows().stream().mapToLong(Timeline.Row::total).sum());
        assertEquals(1000, t.rows().get(3).total());
    }
}
