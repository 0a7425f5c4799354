package dev.mpsh.sockdiag;

import dev.mpsh.linux.LibC;
import dev.mpsh.linux.TcpInfo;
import dev.mpsh.mptcp.MptcpInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;

/** Kernel socket lists made up for tests, field by field as the kernel fills them. */
public final class Sockets {
    private Sockets() {
    }

    public static InetSocketAddress at(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        try {
            return new InetSocketAddress(InetAddress.getByName(hostPort.substring(0, colon)),
                    Integer.parseInt(hostPort.substring(colon + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An established MPTCP connection with subflowsTotal subflows (mptcp_info of 6.18). */
    public static MptcpSock msk(long token, String local, String remote, int subflowsTotal, long inode) {
        ByteBuffer b = ByteBuffer.allocate(MptcpInfo.SIZE).order(ByteOrder.nativeOrder());
        b.put(0, (byte) (subflowsTotal - 1)).putInt(8, (int) MptcpInfo.FLAG_REMOTE_KEY_RECEIVED).putInt(12, (int) token);
        b.put(80, (byte) subflowsTotal);
        return new MptcpSock(new SockId(LibC.AF_INET, SockId.TCP_ESTABLISHED, at(local), at(remote), 0, inode),
                MptcpInfo.parse(b.array(), 0, MptcpInfo.SIZE));
    }

    /** Its struct tcp_info with these byte counters. */
    public static TcpInfo tcp(long sent, long received) {
        ByteBuffer b = ByteBuffer.allocate(TcpInfo.SIZE).order(ByteOrder.nativeOrder());
        b.put(0, (byte) SockId.TCP_ESTABLISHED).putInt(68, 70).putInt(80, 10);
        b.putLong(200, sent).putLong(128, received).putLong(120, sent + 1);
        return TcpInfo.parse(b.array(), 0, TcpInfo.SIZE);
    }

    /**
     * A subflow socket of the connection with token, with its MPTCP attributes: initial or join,
     * opened here (client) or accepted (server), the address ids, the bound device.
     */
    public static TcpSock subflow(long token, String local, String remote, boolean initial, boolean opened,
                                  int idLocal, int idRemote, int ifindex, long inode, TcpInfo tcp) {
        long flags = SubflowAttrs.FULLY_ESTABLISHED | SubflowAttrs.CONNECTED
                | (initial ? SubflowAttrs.MCAP_REM | (opened ? SubflowAttrs.MCAP_LOC : 0)
                           : SubflowAttrs.JOIN_REM | (opened ? SubflowAttrs.JOIN_LOC : 0));
        return new TcpSock(new SockId(LibC.AF_INET, SockId.TCP_ESTABLISHED, at(local), at(remote), ifindex, inode), tcp,
                "mptcp", new SubflowAttrs(0, token, idRemote, idLocal, flags));
    }

    /** The same socket as a kernel without the MPTCP attributes lists it. */
    public static TcpSock withoutAttrs(TcpSock s) {
        return new TcpSock(s.id(), s.tcp(), null, null);
    }

    public static KernelSnapshot snapshot(Instant at, List<MptcpSock> mptcp, List<TcpSock> tcp) {
        return KernelSnapshot.join(at, mptcp, tcp);
    }
}
