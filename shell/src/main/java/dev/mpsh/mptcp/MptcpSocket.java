package dev.mpsh.mptcp;

import dev.mpsh.linux.NetNs;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A kernel MPTCP socket (socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP)) through JNA: Java 17 has
 * no MPTCP of its own. Created on a namespace's thread, usable from any thread afterwards.
 *
 * CONTRACT STUB: the Linux layer implements it.
 */
public final class MptcpSocket implements Closeable {

    /**
     * Connects from namespace ns. Throws java.net.SocketTimeoutException, ConnectException
     * (refused) or NoRouteToHostException, each with a one-line message.
     */
    public static MptcpSocket connect(NetNs ns, InetSocketAddress remote, Duration timeout) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Binds and listens in namespace ns (SO_REUSEADDR). */
    public static MptcpSocket listen(NetNs ns, InetSocketAddress local, int backlog) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Blocks for the next connection (possibly plain TCP from a non-MPTCP peer). */
    public MptcpSocket accept() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Reads up to len bytes; -1 at end of stream. */
    public int read(byte[] buf, int off, int len) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Writes all len bytes. */
    public void write(byte[] buf, int off, int len) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** True when the connection really uses MPTCP (TCP_IS_MPTCP, or MPTCP_INFO on older kernels). */
    public boolean mptcpInUse() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public InetSocketAddress localAddress() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public InetSocketAddress remoteAddress() throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The file descriptor, for getsockopt-based views (MPTCP_INFO, MPTCP_FULL_INFO). */
    public int fd() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Closes; a blocked read/accept on another thread returns. Idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
