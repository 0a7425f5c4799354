package dev.mpsh.traffic;

import com.sun.jna.Memory;
import dev.mpsh.mptcp.MptcpSocket;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One bulk transfer over an echo connection: a writer thread sends the {@link StreamPattern}
 * in large writes straight from native memory, a reader thread takes the echo back in large
 * reads and compares it with memcmp. The caller decides when writing stops (a duration, Ctrl-C,
 * a byte count reached by the writer itself), then waits for the echo of everything sent.
 * The reader also keeps the longest gap between two reads after a mark (a drill's failure).
 */
public final class BulkTransfer {
    /** Large writes and reads: one system call per half megabyte keeps JNA's per-call cost out of the way. */
    static final int WRITE_CHUNK = 512 * 1024;
    static final int READ_BUFFER = 1024 * 1024;

    /** What a transfer did, at the end or so far. */
    public record Totals(long sent, long received, long corrupted, long firstCorrupted, boolean writing,
                         boolean echoDone, String error, long elapsedNanos, long longestGapNanos, long longestGapFromNanos) {
        /** Bytes written that have not come back (in flight, or lost when the echo is done). */
        public long missing() {
            return sent - received;
        }

        /** Every byte sent came back unchanged. */
        public boolean intact() {
            return corrupted == 0 && received == sent && error == null;
        }

        /** Echoed bytes per second of the transfer so far, in bits. */
        public double goodputBits() {
            return elapsedNanos <= 0 ? 0 : received * 8e9 / elapsedNanos;
        }
    }

    private final MptcpSocket socket;
    private final StreamPattern pattern;
    private final long limit;
    private final CountDownLatch readerDone = new CountDownLatch(1);
    private final CountDownLatch writerDone = new CountDownLatch(1);
    private long startNanos;
    private volatile boolean stopping;
    private volatile long sent;
    private volatile String writeError;
    private volatile long received;
    private volatile long corrupted;
    private volatile long firstCorrupted = -1;
    private volatile long lastReadNanos;
    private volatile boolean eof;
    private volatile String readError;
    private volatile long markNanos = Long.MAX_VALUE;
    private volatile long longestGap;
    private volatile long longestGapFrom;
    private volatile boolean aborted;

    /** @param limit bytes to send before the writer half-closes by itself; Long.MAX_VALUE to send until {@link #stopWriting()} */
    public BulkTransfer(MptcpSocket socket, StreamPattern pattern, long limit) {
        this.socket = socket;
        this.pattern = pattern;
        this.limit = limit;
    }

    /** Starts both threads; the transfer's clock starts now. */
    public void start() {
        startNanos = System.nanoTime();
        lastReadNanos = startNanos;
        thread(this::write, "bulk-writer").start();
        thread(this::read, "bulk-reader").start();
    }

    public long startNanos() {
        return startNanos;
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void write() {
        try {
            while (!stopping && sent < limit) {
                int len = (int) Math.min(WRITE_CHUNK, limit - sent);
                sent += socket.write(pattern.at(sent), len);
            }
            if (!stopping) {
                socket.shutdownOutput(); // all sent: the echo server closes after the last byte
            }
        } catch (IOException e) {
            if (!stopping) {
                writeError = "sending failed after " + ByteSize.format(sent) + ": " + e.getMessage();
            }
        } finally {
            writerDone.countDown();
        }
    }

    private void read() {
        Memory buf = new Memory(READ_BUFFER);
        try {
            while (true) {
                int n = socket.read(buf, READ_BUFFER);
                long now = System.nanoTime();
                if (n < 0) {
                    eof = true;
                    return;
                }
                long mark = markNanos;
                if (now > mark) {
                    long from = Math.max(lastReadNanos, mark);
                    if (now - from > longestGap) {
                        longestGap = now - from;
                        longestGapFrom = from;
                    }
                }
                long at = received;
                if (!pattern.matches(buf, at, n)) {
                    long[] d = pattern.differences(buf, at, n);
                    if (firstCorrupted < 0) {
                        firstCorrupted = d[1];
                    }
                    corrupted += d[0];
                }
                received = at + n;
                lastReadNanos = now;
            }
        } catch (IOException e) {
            if (!socketClosedByUs()) {
                readError = "receiving failed after " + ByteSize.format(received) + ": " + e.getMessage();
            }
        } finally {
            readerDone.countDown();
        }
    }

    private boolean socketClosedByUs() {
        return aborted;
    }

    /** From now on the reader measures gaps: the longest one starting at or after this moment. */
    public void mark(long nanos) {
        markNanos = nanos;
    }

    /** Stops writing (a blocked write returns at once) and half-closes, so the echo can finish. */
    public void stopWriting() {
        if (stopping) {
            return;
        }
        stopping = true;
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            // the connection is gone already; the reader says so
        }
    }

    /** True while the writer is still sending. */
    public boolean writing() {
        return writerDone.getCount() > 0;
    }

    /**
     * Waits until the echo of everything sent is back (the server closed after it), the
     * connection failed, or untilNanos. True when the echo is complete.
     */
    public boolean awaitEcho(long untilNanos) throws InterruptedException {
        long left = untilNanos - System.nanoTime();
        return readerDone.await(Math.max(0, left), TimeUnit.NANOSECONDS) && eof;
    }

    /** True when the reader has stopped at the end of the echo (the server closed after the last byte). */
    public boolean echoComplete() {
        return readerDone() && eof;
    }

    /** True once the reader has stopped: the echo ended, or the connection failed. */
    public boolean readerDone() {
        return readerDone.getCount() == 0;
    }

    /** Ends a transfer whose echo will not complete: closing the socket stops the reader. */
    public void abort() {
        aborted = true;
        socket.close();
        try {
            readerDone.await(5, TimeUnit.SECONDS);
            writerDone.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The totals now. */
    public Totals totals() {
        long now = System.nanoTime();
        long end = readerDone.getCount() == 0 ? lastReadNanos : now;
        String error = writeError != null ? writeError : readError;
        return new Totals(sent, received, corrupted, firstCorrupted, writing(), eof, error,
                Math.max(0, end - startNanos), longestGap, longestGapFrom);
    }

    /** The gap still running now (no read since the mark or the last read), for a transfer that stalls. */
    public long currentGap(long now) {
        long from = Math.max(lastReadNanos, markNanos);
        return now > from ? now - from : 0;
    }

    /** When the reader last got bytes. */
    public long lastReadNanos() {
        return lastReadNanos;
    }
}
