package dev.mpsh.sockdiag;

import dev.mpsh.linux.LibC;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.netlink.Netlink;
import dev.mpsh.netlink.NetlinkMessage;
import dev.mpsh.netlink.NetlinkSocket;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sock_diag socket in one namespace that reads its MPTCP connections and subflows, as
 * {@code ss -tniM} does: IPPROTO_MPTCP sockets first, then TCP sockets, IPv4 and IPv6. It only
 * reads. Thread-safe; keep one open to read the same namespace again and again.
 */
public final class SockDiag implements Closeable {
    private final NetlinkSocket sock;

    private SockDiag(NetlinkSocket sock) {
        this.sock = sock;
    }

    /** Opens the socket inside ns. */
    public static SockDiag open(NetNs ns) throws IOException {
        return new SockDiag(ns.call(() -> NetlinkSocket.open(InetDiag.NETLINK_SOCK_DIAG)));
    }

    /** One snapshot now. */
    public synchronized KernelSnapshot snapshot() throws IOException {
        Instant at = Instant.now();
        // connections first: a subflow of a connection that began between the two dumps is
        // left unmatched, rather than a listed connection missing a subflow that existed
        List<MptcpSock> mptcp = new ArrayList<>();
        List<TcpSock> tcp = new ArrayList<>();
        for (int family : new int[] {LibC.AF_INET, LibC.AF_INET6}) {
            for (NetlinkMessage m : dump(family, MptcpSocket.IPPROTO_MPTCP)) {
                MptcpSock s = InetDiag.mptcp(m);
                if (s != null) {
                    mptcp.add(s);
                }
            }
        }
        for (int family : new int[] {LibC.AF_INET, LibC.AF_INET6}) {
            for (NetlinkMessage m : dump(family, InetDiag.IPPROTO_TCP)) {
                TcpSock s = InetDiag.tcp(m);
                if (s != null) {
                    tcp.add(s);
                }
            }
        }
        return KernelSnapshot.join(at, mptcp, tcp);
    }

    /** The raw reply messages of one dump (tests keep them as captured bytes). */
    public synchronized List<NetlinkMessage> dump(int family, int protocol) throws IOException {
        return sock.request(InetDiag.SOCK_DIAG_BY_FAMILY, Netlink.NLM_F_DUMP, InetDiag.request(family, protocol));
    }

    /**
     * True when a TCP socket of this namespace listens on port, IPv4 or IPv6 (what
     * {@code ss -tln sport = :PORT} lists), read from the listening hash alone.
     */
    public synchronized boolean listening(int port) throws IOException {
        for (int family : new int[] {LibC.AF_INET6, LibC.AF_INET}) {
            for (NetlinkMessage m : sock.request(InetDiag.SOCK_DIAG_BY_FAMILY, Netlink.NLM_F_DUMP,
                    InetDiag.listeners(family, InetDiag.IPPROTO_TCP, port))) {
                SockId id = InetDiag.id(m);
                if (id != null && id.state() == SockId.TCP_LISTEN && id.local().getPort() == port) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #listening(int)} with a socket of its own in ns. */
    public static boolean listening(NetNs ns, int port) throws IOException {
        try (SockDiag d = open(ns)) {
            return d.listening(port);
        }
    }

    /** Reads one snapshot of ns with a socket of its own. */
    public static KernelSnapshot read(NetNs ns) throws IOException {
        try (SockDiag d = open(ns)) {
            return d.snapshot();
        }
    }

    @Override
    public void close() {
        sock.close();
    }
}
