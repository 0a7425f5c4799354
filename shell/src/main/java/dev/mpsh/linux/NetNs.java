package dev.mpsh.linux;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * A dedicated platform thread that entered one network namespace (setns(CLONE_NEWNET) moves only
 * the calling thread). Sockets created on it stay in that namespace; /proc/sys/net opened on it
 * is that namespace's. Never pooled, never returned to the host namespace.
 *
 * CONTRACT STUB: the Linux layer implements it.
 */
public final class NetNs implements AutoCloseable {

    /** Enters /run/netns/NAME on a new thread. Fails with a one-line message if it does not exist. */
    public static NetNs open(String netnsName) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The /run/netns name. */
    public String name() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Runs task on this namespace's thread and returns its result (exceptions pass through). */
    public <T> T call(Callable<T> task) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
