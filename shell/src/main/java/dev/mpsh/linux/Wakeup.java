package dev.mpsh.linux;

import java.io.IOException;

/**
 * A self-pipe: a blocking poll includes {@link #fd()}, and {@link #wake()} from any thread
 * makes that poll return. Used to stop receive loops on Ctrl-C without closing a descriptor
 * that another thread is still using.
 */
public final class Wakeup implements AutoCloseable {
    private final int readFd;
    private final int writeFd;
    private volatile boolean woken;
    private boolean closed;

    public Wakeup() throws IOException {
        int[] fds = new int[2];
        Errno.check(LibC.INSTANCE.pipe2(fds, LibC.O_CLOEXEC | LibC.O_NONBLOCK), "pipe2");
        readFd = fds[0];
        writeFd = fds[1];
    }

    /** The end to poll for POLLIN. */
    public int fd() {
        return readFd;
    }

    public boolean woken() {
        return woken;
    }

    public synchronized void wake() {
        woken = true;
        if (!closed) {
            LibC.INSTANCE.write(writeFd, new byte[] {1}, 1);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LibC.INSTANCE.close(readFd);
            LibC.INSTANCE.close(writeFd);
        }
    }
}
