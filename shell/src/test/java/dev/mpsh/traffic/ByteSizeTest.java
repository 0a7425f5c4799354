package dev.mpsh.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void parsesDecimalAndBinaryUnits() {
        assertEquals(200_000_000L, ByteSize.parse("200M"));
        assertEquals(1_500_000_000L, ByteSize.parse("1.5G"));
        assertEquals(65_536L, ByteSize.parse("64KiB"));
        assertEquals(1_048_576L, ByteSize.parse("1mib"));
        assertEquals(1234L, ByteSize.parse("1234"));
        assertEquals(5_000L, ByteSize.parse("5kB"));
    }

    @Test
    void badSizesAreOneLineErrors() {
        assertEquals("bad size '12x': use e.g. 200M, 1.5G or 64KiB",
                assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("12x")).getMessage());
        assertEquals("size '0' is out of range: use 1 byte to 1P, e.g. 200M",
                assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("0")).getMessage());
    }

    @Test
    void formatsWithThreeFigures() {
        assertEquals("950 B", ByteSize.format(950));
        assertEquals("1.92 GB", ByteSize.format(1_920_000_000L));
        assertEquals("12.3 kB", ByteSize.format(12_345));
        assertEquals("471 MB", ByteSize.format(471_200_000));
        assertEquals("1.00 MB", ByteSize.format(999_999));
        assertEquals("93.6 Mbit/s", ByteSize.rate(93_600_000));
        assertEquals("1.54 Gbit/s", ByteSize.rate(1_540_000_000));
        assertEquals("0.00 bit/s", ByteSize.rate(0));
    }
}
