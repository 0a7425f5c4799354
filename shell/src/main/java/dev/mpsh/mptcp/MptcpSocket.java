package dev.mpsh.mptcp;

import com.sun.jna.ptr.IntByReference;
import dev.mpsh.linux.Errno;
import dev.mpsh.linux.LibC;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.Poll;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.linux.Wakeup;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * A kernel MPTCP socket (socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP)) through JNA: Java 17 has
 * no MPTCP of its own. Created on a namespace's thread (or the calling thread's namespace when
 * ns is null), usable from any thread afterwards.
 */
public final class MptcpSocket implements Closeable {
    /** IPPROTO_MPTCP, <linux/in.h> (Linux 5.6). */
    public static final int IPPROTO_MPTCP = 262;
    /** SOCK_NONBLOCK, <bits/socket_type.h>. */
    private static final int SOCK_NONBLOCK = 0x800;
    /** TCP_IS_MPTCP at SOL_TCP, <linux/tcp.h> (Linux 6.10). */
    private static final int TCP_IS_MPTCP = 43;

    private final int fd;
    private int inFlight;
    private boolean closed;
    private boolean fdClosed;

    private MptcpSocket(int fd) {
        this.fd = fd;
    }

    /**
     * Connects from namespace ns. Throws java.net.SocketTimeoutException, ConnectException
     * (refused) or NoRouteToHostException, each with a one-line message.
     */
    public static MptcpSocket connect(NetNs ns, InetSocketAddress remote, Duration timeout) throws IOException {
        return connect(ns, remote, timeout, null);
    }

    /** As {@link #connect(NetNs, InetSocketAddress, Duration)}; waking cancel aborts the wait (InterruptedIOException). */
    public static MptcpSocket connect(NetNs ns, InetSocketAddress remote, Duration timeout, Wakeup cancel) throws IOException {
        int fd = create(ns, SockAddr.family(remote), SOCK_NONBLOCK);
        try {
            byte[] sa = SockAddr.encode(remote);
            if (LibC.INSTANCE.connect(fd, sa, sa.length) < 0) {
                int errno = Errno.last();
                if (errno != Errno.EINPROGRESS) {
                    throw connectError(errno, timeout);
                }
                waitConnected(fd, timeout, cancel);
            }
            int flags = LibC.INSTANCE.fcntl(fd, LibC.F_GETFL, 0);
            Errno.check(LibC.INSTANCE.fcntl(fd, LibC.F_SETFL, flags & ~LibC.O_NONBLOCK), "fcntl");
            return new MptcpSocket(fd);
        } catch (IOException | RuntimeException e) {
            LibC.INSTANCE.close(fd);
            throw e;
        }
    }

    private static void waitConnected(int fd, Duration timeout, Wakeup cancel) throws IOException {
        int[] fds = cancel == null ? new int[] {fd} : new int[] {fd, cancel.fd()};
        short[] ev = cancel == null ? new short[] {LibC.POLLOUT} : new short[] {LibC.POLLOUT, LibC.POLLIN};
        short[] rev = Poll.poll(fds, ev, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (cancel != null && (rev[1] != 0 || cancel.woken())) {
            throw new InterruptedIOException("connect cancelled");
        }
        if (rev[0] == 0) {
            throw new SocketTimeoutException("timed out after " + format(timeout));
        }
        byte[] err = new byte[4];
        IntByReference len = new IntByReference(4);
        Errno.check(LibC.INSTANCE.getsockopt(fd, LibC.SOL_SOCKET, LibC.SO_ERROR, err, len), "getsockopt SO_ERROR");
        int errno = java.nio.ByteBuffer.wrap(err).order(java.nio.ByteOrder.nativeOrder()).getInt();
        if (errno != 0) {
            throw connectError(errno, timeout);
        }
    }

    private static IOException connectError(int errno, Duration timeout) {
        return switch (errno) {
            case Errno.ECONNREFUSED -> new ConnectException("connection refused");
            case Errno.ETIMEDOUT -> new SocketTimeoutException("timed out after " + format(timeout));
            case Errno.EHOSTUNREACH -> new NoRouteToHostException("no route to host");
            case Errno.ENETUNREACH -> new NoRouteToHostException("network is unreachable");
            default -> Errno.exception("connect", errno);
        };
    }

    /** "3s" for whole seconds, else "500ms": the way users type durations. */
    static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }

    /** Binds and listens in namespace ns (SO_REUSEADDR); ns null means the calling thread's namespace. */
    public static MptcpSocket listen(NetNs ns, InetSocketAddress local, int backlog) throws IOException {
        int fd = create(ns, SockAddr.family(local), 0);
        try {
            byte[] one = {1, 0, 0, 0};
            Errno.check(LibC.INSTANCE.setsockopt(fd, LibC.SOL_SOCKET, LibC.SO_REUSEADDR, one, 4), "setsockopt SO_REUSEADDR");
            byte[] sa = SockAddr.encode(local);
            Errno.check(LibC.INSTANCE.bind(fd, sa, sa.length), "bind");
            Errno.check(LibC.INSTANCE.listen(fd, backlog), "listen");
            return new MptcpSocket(fd);
        } catch (IOException | RuntimeException e) {
            LibC.INSTANCE.close(fd);
            throw e;
        }
    }

    private static int create(NetNs ns, int family, int extraType) throws IOException {
        java.util.concurrent.Callable<Integer> mk = () -> {
            int fd = LibC.INSTANCE.socket(family, LibC.SOCK_STREAM | LibC.SOCK_CLOEXEC | extraType, IPPROTO_MPTCP);
            if (fd < 0) {
                int errno = Errno.last();
                if (errno == Errno.EPROTONOSUPPORT || errno == Errno.ENOPROTOOPT || errno == Errno.EINVAL) {
                    throw new IOException("MPTCP is not available" + (ns != null ? " in namespace " + ns.name() : "")
                            + "; check sysctl net.mptcp.enabled=1 (kernel 5.6+)");
                }
                throw Errno.exception("socket", errno);
            }
            return fd;
        };
        if (ns == null) {
            try {
                return mk.call();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return ns.call(mk);
    }

    /** Blocks for the next connection (possibly plain TCP from a non-MPTCP peer). */
    public MptcpSocket accept() throws IOException {
        begin();
        try {
            while (true) {
                byte[] sa = new byte[SockAddr.STORAGE_SIZE];
                IntByReference len = new IntByReference(sa.length);
                int c = LibC.INSTANCE.accept4(fd, sa, len, LibC.SOCK_CLOEXEC);
                if (c >= 0) {
                    return new MptcpSocket(c);
                }
                int errno = Errno.last();
                if (isClosed()) {
                    throw new SocketException("socket closed");
                }
                if (errno != Errno.EINTR && errno != Errno.ECONNABORTED) {
                    throw Errno.exception("accept", errno);
                }
            }
        } finally {
            end();
        }
    }

    /** Reads up to len bytes; -1 at end of stream. */
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        begin();
        try {
            byte[] tmp = off == 0 ? buf : new byte[len];
            while (true) {
                long n = LibC.INSTANCE.recv(fd, tmp, len, 0);
                if (n > 0) {
                    if (tmp != buf) {
                        System.arraycopy(tmp, 0, buf, off, (int) n);
                    }
                    return (int) n;
                }
                if (n == 0) {
                    if (isClosed()) {
                        throw new SocketException("socket closed");
                    }
                    return -1;
                }
                int errno = Errno.last();
                if (errno != Errno.EINTR) {
                    throw isClosed() ? new SocketException("socket closed") : Errno.exception("read", errno);
                }
            }
        } finally {
            end();
        }
    }

    /** Writes all len bytes. MSG_NOSIGNAL: a closed peer is an IOException, never SIGPIPE. */
    public void write(byte[] buf, int off, int len) throws IOException {
        begin();
        try {
            byte[] tmp = buf;
            int pos = off;
            if (off != 0) {
                tmp = java.util.Arrays.copyOfRange(buf, off, off + len);
                pos = 0;
            }
            int end = pos + len;
            while (pos < end) {
                byte[] chunk = pos == 0 ? tmp : java.util.Arrays.copyOfRange(tmp, pos, end);
                long n = LibC.INSTANCE.send(fd, chunk, end - pos, LibC.MSG_NOSIGNAL);
                if (n < 0) {
                    int errno = Errno.last();
                    if (errno == Errno.EINTR) {
                        continue;
                    }
                    throw isClosed() ? new SocketException("socket closed") : Errno.exception("write", errno);
                }
                pos += (int) n;
            }
        } finally {
            end();
        }
    }

    /**
     * Reads up to len bytes into native memory at p; -1 at end of stream. The bulk path: one
     * system call per large buffer, no copy through the Java heap.
     */
    public int read(com.sun.jna.Pointer p, int len) throws IOException {
        begin();
        try {
            while (true) {
                long n = LibC.INSTANCE.recv(fd, p, len, 0);
                if (n > 0) {
                    return (int) n;
                }
                if (n == 0) {
                    if (isClosed()) {
                        throw new SocketException("socket closed");
                    }
                    return -1;
                }
                int errno = Errno.last();
                if (errno != Errno.EINTR) {
                    throw isClosed() ? new SocketException("socket closed") : Errno.exception("read", errno);
                }
            }
        } finally {
            end();
        }
    }

    /**
     * Writes up to len bytes from native memory at p, blocking until at least some are taken;
     * returns how many were. After {@link #shutdownOutput()} from another thread it returns
     * what was taken before, or throws when nothing was.
     */
    public int write(com.sun.jna.Pointer p, int len) throws IOException {
        begin();
        try {
            while (true) {
                long n = LibC.INSTANCE.send(fd, p, len, LibC.MSG_NOSIGNAL);
                if (n >= 0) {
                    return (int) n;
                }
                int errno = Errno.last();
                if (errno != Errno.EINTR) {
                    throw isClosed() ? new SocketException("socket closed") : Errno.exception("write", errno);
                }
            }
        } finally {
            end();
        }
    }

    /**
     * Half-closes: the peer sees the end of the stream after every byte already written (an
     * MPTCP DATA_FIN), and a write blocked on another thread returns. Reading goes on.
     */
    public void shutdownOutput() throws IOException {
        begin();
        try {
            if (LibC.INSTANCE.shutdown(fd, LibC.SHUT_WR) < 0) {
                int errno = Errno.last();
                if (errno != Errno.ENOTCONN) {
                    throw Errno.exception("shutdown", errno);
                }
            }
        } finally {
            end();
        }
    }

    /** True when the connection really uses MPTCP (TCP_IS_MPTCP, or MPTCP_INFO on older kernels). */
    public boolean mptcpInUse() throws IOException {
        begin();
        try {
            return isMptcp();
        } finally {
            end();
        }
    }

    private boolean isMptcp() throws IOException {
        byte[] v = new byte[4];
        IntByReference len = new IntByReference(4);
        if (LibC.INSTANCE.getsockopt(fd, LibC.IPPROTO_TCP, TCP_IS_MPTCP, v, len) == 0) {
            return v[0] != 0 || v[1] != 0 || v[2] != 0 || v[3] != 0;
        }
        int errno = Errno.last();
        if (errno != Errno.EOPNOTSUPP && errno != Errno.ENOPROTOOPT) {
            throw Errno.exception("getsockopt TCP_IS_MPTCP", errno);
        }
        // before 6.10: MPTCP_INFO works only while MPTCP is in use (a zero-length probe is enough)
        IntByReference zero = new IntByReference(0);
        if (LibC.INSTANCE.getsockopt(fd, MptcpInfo.SOL_MPTCP, MptcpInfo.MPTCP_INFO, new byte[1], zero) == 0) {
            return true;
        }
        errno = Errno.last();
        if (errno == Errno.EOPNOTSUPP || errno == Errno.ENOPROTOOPT) {
            return false;
        }
        throw Errno.exception("getsockopt MPTCP_INFO", errno);
    }

    /** MPTCP-level counters (MPTCP_INFO), or null when the connection fell back to TCP. */
    public MptcpInfo info() throws IOException {
        begin();
        try {
            return MptcpInfo.read(fd);
        } finally {
            end();
        }
    }

    /** Every subflow with its addresses and TCP counters (MPTCP_FULL_INFO, kernel 6.5+). */
    public List<Subflow> subflows() throws IOException {
        return fullInfo().subflows();
    }

    /** The connection's mptcp_info and its subflows, read in one call (MPTCP_FULL_INFO). */
    public FullInfo fullInfo() throws IOException {
        begin();
        try {
            return FullInfo.read(fd);
        } finally {
            end();
        }
    }

    public InetSocketAddress localAddress() throws IOException {
        return name(true);
    }

    public InetSocketAddress remoteAddress() throws IOException {
        return name(false);
    }

    private InetSocketAddress name(boolean local) throws IOException {
        begin();
        try {
            return sockName(local);
        } finally {
            end();
        }
    }

    private InetSocketAddress sockName(boolean local) throws IOException {
        byte[] sa = new byte[SockAddr.STORAGE_SIZE];
        IntByReference len = new IntByReference(sa.length);
        int rc = local ? LibC.INSTANCE.getsockname(fd, sa, len) : LibC.INSTANCE.getpeername(fd, sa, len);
        Errno.check(rc, local ? "getsockname" : "getpeername");
        return SockAddr.decode(sa, 0);
    }

    /** The file descriptor, for getsockopt-based views (MPTCP_INFO, MPTCP_FULL_INFO). */
    public int fd() {
        return fd;
    }

    /**
     * Closes; a blocked read/accept on another thread returns. Idempotent. shutdown() wakes the
     * blocked call; the descriptor itself is closed when the last call in progress has left, so
     * no other thread can ever use a recycled descriptor number.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            LibC.INSTANCE.shutdown(fd, LibC.SHUT_RDWR);
            if (inFlight == 0) {
                fdClosed = true;
                LibC.INSTANCE.close(fd);
            }
        }
    }

    private synchronized void begin() throws SocketException {
        if (closed) {
            throw new SocketException("socket closed");
        }
        inFlight++;
    }

    private synchronized void end() {
        inFlight--;
        if (closed && inFlight == 0 && !fdClosed) {
            fdClosed = true;
            LibC.INSTANCE.close(fd);
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }
}
