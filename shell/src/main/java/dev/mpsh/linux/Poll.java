package dev.mpsh.linux;

import com.sun.jna.Memory;
import java.io.IOException;

/** poll(2) on a few descriptors. */
public final class Poll {
    /** sizeof(struct pollfd). */
    private static final int POLLFD_SIZE = 8;

    private Poll() {
    }

    /**
     * Waits until one of fds has one of its events, or timeoutMillis passes (-1 = forever).
     * Returns the revents of each fd (all 0 on timeout). EINTR is retried.
     */
    public static short[] poll(int[] fds, short[] events, int timeoutMillis) throws IOException {
        Memory m = new Memory((long) POLLFD_SIZE * fds.length);
        for (int i = 0; i < fds.length; i++) {
            m.setInt((long) i * POLLFD_SIZE, fds[i]);
            m.setShort((long) i * POLLFD_SIZE + 4, events[i]);
            m.setShort((long) i * POLLFD_SIZE + 6, (short) 0);
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            int wait = timeoutMillis < 0 ? -1
                    : (int) Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            int rc = LibC.INSTANCE.poll(m, fds.length, wait);
            if (rc >= 0) {
                break;
            }
            int errno = Errno.last();
            if (errno != Errno.EINTR) {
                throw Errno.exception("poll", errno);
            }
        }
        short[] revents = new short[fds.length];
        for (int i = 0; i < fds.length; i++) {
            revents[i] = m.getShort((long) i * POLLFD_SIZE + 6);
        }
        return revents;
    }
}
