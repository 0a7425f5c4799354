package dev.mpsh.traffic;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.mpsh.linux.LibC;

/**
 * The bytes a bulk transfer sends: a fixed pseudo-random block repeated end to end. Byte i of
 * the stream is block[i mod PERIOD], and the block is stored twice in a row in native memory, so
 * the stream from any offset is one contiguous window: the writer sends straight from it and the
 * reader compares against it with memcmp, with no per-byte work in Java. PERIOD is a prime, so
 * a lost or repeated run of bytes shifts every later byte against the pattern unless its length
 * is a multiple of about 4 MB.
 */
public final class StreamPattern {
    /** A prime just under 4 MiB. */
    static final int PERIOD = 4_194_301;
    /** The longest window {@link #at} hands out. */
    public static final int MAX_WINDOW = PERIOD;

    private final Memory twice = new Memory(2L * PERIOD);

    public StreamPattern() {
        byte[] block = new byte[PERIOD];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < PERIOD; i += 8) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17; // xorshift64: cheap, and no run of it repeats within the block
            for (int k = 0; k < 8 && i + k < PERIOD; k++) {
                block[i + k] = (byte) (x >>> (8 * k));
            }
        }
        twice.write(0, block, 0, PERIOD);
        twice.write(PERIOD, block, 0, PERIOD);
    }

    /** The stream's bytes from offset on; at least {@link #MAX_WINDOW} of them are contiguous. */
    public Pointer at(long offset) {
        return twice.share(offset % PERIOD);
    }

    /** The byte the stream has at offset. */
    public byte byteAt(long offset) {
        return twice.getByte(offset % PERIOD);
    }

    /** True when the len bytes at got are the stream's bytes from offset on. */
    public boolean matches(Pointer got, long offset, int len) {
        return LibC.INSTANCE.memcmp(got, at(offset), len) == 0;
    }

    /** How many of the len bytes at got differ from the stream's, and where the first one is (-1: none). */
    public long[] differences(Pointer got, long offset, int len) {
        byte[] have = got.getByteArray(0, len);
        byte[] want = at(offset).getByteArray(0, len);
        long count = 0;
        long first = -1;
        for (int i = 0; i < len; i++) {
            if (have[i] != want[i]) {
                if (first < 0) {
                    first = offset + i;
                }
                count++;
            }
        }
        return new long[] {count, first};
    }
}
