package dev.mpsh.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

/** The pattern a bulk transfer sends: what the reader compares every echoed byte with. */
class StreamPatternTest {
    private static final StreamPattern P = new StreamPattern();

    private static Memory copy(long offset, int len) {
        Memory m = new Memory(len);
        m.write(0, P.at(offset).getByteArray(0, len), 0, len);
        return m;
    }

    @Test
    void anyWindowIsContiguousAcrossThePeriod() {
        long offset = StreamPattern.PERIOD - 10; // straddles the end of the block
        byte[] w = P.at(offset).getByteArray(0, 20);
        for (int i = 0; i < 20; i++) {
            assertEquals(P.byteAt(offset + i), w[i], "byte " + i);
        }
        assertEquals(P.byteAt(3), P.byteAt(3 + StreamPattern.PERIOD));
    }

    @Test
    void theEchoOfTheStreamMatchesAndAChangedByteIsFoundAndCounted() {
        Memory got = copy(1_000_000, 4096);
        assertTrue(P.matches(got, 1_000_000, 4096));
        got.setByte(100, (byte) (got.getByte(100) ^ 1));
        got.setByte(200, (byte) (got.getByte(200) ^ 0x80));
        assertFalse(P.matches(got, 1_000_000, 4096));
        assertArrayEquals(new long[] {2, 1_000_100}, P.differences(got, 1_000_000, 4096));
    }

    @Test
    void aShiftedStreamDoesNotMatch() {
        // a lost or repeated run of bytes shifts everything after it
        for (int shift : new int[] {1, 8, 4096, 512 * 1024, 1 << 22}) {
            assertFalse(P.matches(copy(5000 + shift, 65536), 5000, 65536), "shift " + shift);
        }
    }

    @Test
    void thePatternIsNotConstant() {
        byte[] w = P.at(0).getByteArray(0, 64);
        long distinct = new String(w, java.nio.charset.StandardCharsets.ISO_8859_1).chars().distinct().count();
        assertTrue(distinct > 20, "distinct bytes: " + distinct);
        assertNotEquals(P.byteAt(0), P.byteAt(1));
    }
}
