package dev.mpsh.sockdiag;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A namespace's MPTCP connections with their subflows, as one pair of dumps found them.
 *
 * @param unmatched  MPTCP subflow sockets that no listed connection claims (it closed between the
 *                   two dumps, or its attributes were missing and nothing else told)
 * @param attrsMissing some subflow came without its MPTCP attributes (see {@link #problem()})
 */
public record KernelSnapshot(Instant at, List<KernelConnection> connections, int unmatched, boolean attrsMissing) {

    public KernelSnapshot {
        connections = List.copyOf(connections);
    }

    /**
     * A one-line note when the kernel did not say enough to place every subflow with its
     * connection, or null.
     */
    public String problem() {
        if (attrsMissing) {
            return "the kernel's TCP socket list has no MPTCP subflow attributes (INET_DIAG_ULP_INFO, Linux 5.7+ and"
                    + " CAP_NET_ADMIN): subflows are matched by socket inode, without ids or backup flags";
        }
        return null;
    }

    /**
     * Joins TCP subflows to their connections: by this side's token (INET_DIAG_ULP_INFO), else
     * by socket inode (a connection and its subflows share one), else an initial subflow by the
     * connection's addresses (an accepted connection before accept() has inode 0).
     */
    public static KernelSnapshot join(Instant at, List<MptcpSock> mptcp, List<TcpSock> tcp) {
        // plain loops and maps of JDK keys: this runs first in a fresh JVM, where every lambda
        // and record hashCode costs its bootstrap (measured in bench/snapshot.sh)
        Map<Long, List<TcpSock>> byToken = new HashMap<>();
        Map<Long, Long> tokenOfInode = new HashMap<>();
        Map<InetSocketAddress, Map<InetSocketAddress, Long>> tokenOfTuple = new HashMap<>();
        for (MptcpSock m : mptcp) {
            byToken.putIfAbsent(m.token(), new ArrayList<>(3));
            if (m.id().inode() != 0) {
                tokenOfInode.put(m.id().inode(), m.token());
            }
            tokenOfTuple.computeIfAbsent(m.id().local(), k -> new HashMap<>()).put(m.id().remote(), m.token());
        }
        int unmatched = 0;
        boolean missing = false;
        for (TcpSock t : tcp) {
            Long token;
            if (t.mptcp() != null) {
                token = byToken.containsKey(t.mptcp().tokenLocal()) ? t.mptcp().tokenLocal() : null;
            } else {
                token = t.id().inode() != 0 ? tokenOfInode.get(t.id().inode()) : null;
                if (token == null && t.subflow()) {
                    Map<InetSocketAddress, Long> r = tokenOfTuple.get(t.id().local());
                    token = r == null ? null : r.get(t.id().remote());
                }
                missing |= token != null || t.subflow();
            }
            if (token == null) {
                unmatched += t.subflow() ? 1 : 0;
                continue;
            }
            byToken.get(token).add(t);
        }
        List<KernelConnection> out = new ArrayList<>(mptcp.size());
        for (MptcpSock m : mptcp) {
            List<TcpSock> sfs = byToken.get(m.token());
            List<TcpSock> ordered = new ArrayList<>(sfs.size());
            for (TcpSock s : sfs) {
                if (initial(m, s)) {
                    ordered.add(s);
                }
            }
            for (TcpSock s : sfs) {
                if (!initial(m, s)) {
                    ordered.add(s);
                }
            }
            out.add(new KernelConnection(m, ordered));
        }
        return new KernelSnapshot(at, out, unmatched, missing);
    }

    /** The initial subflow: MP_CAPABLE by its flags, or (no attributes) the connection's own addresses. */
    public static boolean initial(MptcpSock m, TcpSock s) {
        return s.mptcp() != null ? s.mptcp().initial()
                : s.id().local().equals(m.id().local()) && s.id().remote().equals(m.id().remote());
    }

    /** The connection with this token, or null. */
    public KernelConnection connection(long token) {
        return connections.stream().filter(c -> c.token() == token).findFirst().orElse(null);
    }

}
