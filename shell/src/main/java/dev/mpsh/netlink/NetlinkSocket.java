package dev.mpsh.netlink;

import dev.mpsh.linux.Errno;
import dev.mpsh.linux.LibC;
import dev.mpsh.linux.Poll;
import dev.mpsh.linux.Wakeup;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An AF_NETLINK socket. It lives in the network namespace of the thread that opened it (open it
 * inside {@link dev.mpsh.linux.NetNs#call}); afterwards any thread may use it, one at a time.
 */
public final class NetlinkSocket implements Closeable {
    /** sizeof(struct sockaddr_nl). */
    private static final int SOCKADDR_NL_SIZE = 12;
    /** SO_RCVBUF, <asm-generic/socket.h>. */
    private static final int SO_RCVBUF = 8;
    /** SO_RCVBUFFORCE: the same, past net.core.rmem_max (needs CAP_NET_ADMIN). */
    private static final int SO_RCVBUFFORCE = 33;
    /** MSG_TRUNC (<bits/socket.h>): recv returns the real datagram length. */
    private static final int MSG_TRUNC = 0x20;
    /** Large enough for any dump part or event (the kernel caps them at 32 KiB). */
    private static final int RECV_BUFFER = 64 * 1024;

    private final int fd;
    private final byte[] buf = new byte[RECV_BUFFER];
    private int seq = (int) (System.nanoTime() & 0x7fffffff);
    private boolean closed;

    private NetlinkSocket(int fd) {
        this.fd = fd;
    }

    /** Opens and binds a socket of protocol (e.g. {@link Netlink#NETLINK_GENERIC}) in the calling thread's namespace. */
    public static NetlinkSocket open(int protocol) throws IOException {
        LibC c = LibC.INSTANCE;
        int fd = Errno.check(c.socket(LibC.AF_NETLINK, LibC.SOCK_RAW | LibC.SOCK_CLOEXEC, protocol), "netlink socket");
        try {
            byte[] one = intBytes(1);
            // extended acks give the kernel's reason for a refusal; older kernels lack it, that is fine
            c.setsockopt(fd, Netlink.SOL_NETLINK, Netlink.NETLINK_EXT_ACK, one, 4);
            byte[] sa = ByteBuffer.allocate(SOCKADDR_NL_SIZE).order(ByteOrder.nativeOrder())
                    .putShort((short) LibC.AF_NETLINK).array();
            Errno.check(c.bind(fd, sa, sa.length), "netlink bind");
        } catch (IOException e) {
            c.close(fd);
            throw e;
        }
        return new NetlinkSocket(fd);
    }

    public int fd() {
        return fd;
    }

    /** Joins a multicast group (NETLINK_ADD_MEMBERSHIP); EPERM means no CAP_NET_ADMIN there. */
    public void addMembership(int group) throws IOException {
        Errno.check(LibC.INSTANCE.setsockopt(fd, Netlink.SOL_NETLINK, Netlink.NETLINK_ADD_MEMBERSHIP, intBytes(group), 4),
                "cannot subscribe to netlink group " + group);
    }

    /**
     * Sets SO_RCVBUF (the kernel doubles it and applies its minimum). A small buffer makes
     * overflows (ENOBUFS) likely; tests use that, and a busy monitor may want a larger one.
     */
    public void receiveBufferSize(int bytes) throws IOException {
        Errno.check(LibC.INSTANCE.setsockopt(fd, LibC.SOL_SOCKET, SO_RCVBUF, intBytes(bytes), 4), "setsockopt SO_RCVBUF");
    }

    /**
     * Sends a request and collects the reply: for a dump (NLM_F_DUMP in flags) every message up to
     * NLMSG_DONE, otherwise the reply messages before the ACK. A refusal throws NetlinkException.
     */
    public synchronized List<NetlinkMessage> request(int type, int flags, byte[] payload) throws IOException {
        int mySeq = ++seq;
        boolean dump = (flags & Netlink.NLM_F_DUMP) == Netlink.NLM_F_DUMP;
        int f = flags | Netlink.NLM_F_REQUEST | (dump ? 0 : Netlink.NLM_F_ACK);
        send(new NetlinkMessage(type, f, mySeq, 0, payload));
        List<NetlinkMessage> replies = new ArrayList<>();
        while (true) {
            for (NetlinkMessage m : receiveBlocking()) {
                if (m.seq() != mySeq) {
                    continue; // a stale reply to an earlier request
                }
                if (m.isError() || m.isDone()) {
                    NetlinkException e = m.error();
                    if (e != null) {
                        throw e;
                    }
                    return replies;
                }
                replies.add(m);
            }
        }
    }

    public synchronized void send(NetlinkMessage m) throws IOException {
        byte[] b = m.encode();
        long n = LibC.INSTANCE.send(fd, b, b.length, 0);
        if (n < 0) {
            throw Errno.exception("netlink send", Errno.last());
        }
    }

    /**
     * Sets the receive buffer past net.core.rmem_max (SO_RCVBUFFORCE), so a burst of events
     * fits; without the privilege, falls back to {@link #receiveBufferSize(int)}.
     */
    public void receiveBufferSizeForce(int bytes) throws IOException {
        if (LibC.INSTANCE.setsockopt(fd, LibC.SOL_SOCKET, SO_RCVBUFFORCE, intBytes(bytes), 4) < 0) {
            receiveBufferSize(bytes);
        }
    }

    /**
     * Waits for the next datagram, or until wakeup is woken (then returns null).
     * Throws {@link NetlinkOverflowException} when the kernel dropped messages (ENOBUFS); the
     * socket stays usable.
     */
    public List<NetlinkMessage> receive(Wakeup wakeup) throws IOException {
        while (true) {
            if (wakeup.woken()) {
                return null;
            }
            short[] rev = Poll.poll(new int[] {fd, wakeup.fd()}, new short[] {LibC.POLLIN, LibC.POLLIN}, -1);
            if (rev[1] != 0 || wakeup.woken()) {
                return null;
            }
            if (rev[0] != 0) {
                return receiveBlocking();
            }
        }
    }

    private List<NetlinkMessage> receiveBlocking() throws IOException {
        while (true) {
            long n = LibC.INSTANCE.recv(fd, buf, buf.length, MSG_TRUNC);
            if (n < 0) {
                int errno = Errno.last();
                if (errno == Errno.EINTR) {
                    continue;
                }
                if (errno == Errno.ENOBUFS) {
                    throw new NetlinkOverflowException();
                }
                throw Errno.exception("netlink receive", errno);
            }
            if (n > buf.length) {
                throw new NetlinkFormatException("a datagram of " + n + " bytes exceeds the " + buf.length + "-byte buffer");
            }
            return NetlinkMessage.parse(buf, (int) n);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LibC.INSTANCE.close(fd);
        }
    }

    private static byte[] intBytes(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }
}
