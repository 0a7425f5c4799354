package dev.mpsh.mptcp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import dev.mpsh.linux.Errno;
import dev.mpsh.linux.LibC;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.linux.TcpInfo;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * getsockopt(SOL_MPTCP, MPTCP_FULL_INFO) (kernel 6.5+): the connection's mptcp_info plus, per
 * subflow, a struct mptcp_subflow_info and a struct tcp_info in two user arrays whose addresses
 * go in the request (layouts: reference/mptcp-kernel-facts.md §3).
 */
public record FullInfo(MptcpInfo info, List<Subflow> subflows) {
    /** MPTCP_FULL_INFO at SOL_MPTCP, <linux/mptcp.h>. */
    static final int MPTCP_FULL_INFO = 4;
    /** struct mptcp_full_info up to (not including) its embedded mptcp_info. */
    static final int HEADER = 40;
    /** sizeof(struct mptcp_subflow_info): u32 id, pad, then two sockaddr_storage. */
    static final int SFINFO_SIZE = 264;
    /** sizeof(struct tcp_info) on 6.18; the kernel copies min(this, its own). */
    static final int TCPINFO_SIZE = TcpInfo.SIZE;

    /** Reads the full info; a connection that fell back to TCP gets an IOException saying so. */
    public static FullInfo read(int fd) throws IOException {
        int capacity = 8;
        while (true) {
            Memory sf = new Memory((long) capacity * SFINFO_SIZE);
            Memory tcp = new Memory((long) capacity * TCPINFO_SIZE);
            sf.clear();
            tcp.clear();
            int optlen = HEADER + MptcpInfo.SIZE;
            Memory req = new Memory(optlen);
            req.clear();
            req.setInt(4, TCPINFO_SIZE);
            req.setInt(12, SFINFO_SIZE);
            req.setInt(20, capacity);
            req.setLong(24, Pointer.nativeValue(sf));
            req.setLong(32, Pointer.nativeValue(tcp));
            IntByReference len = new IntByReference(optlen);
            if (LibC.INSTANCE.getsockopt(fd, MptcpInfo.SOL_MPTCP, MPTCP_FULL_INFO, req, len) < 0) {
                int errno = Errno.last();
                if (errno == Errno.EOPNOTSUPP || errno == Errno.ENOPROTOOPT) {
                    throw new IOException("this connection does not use MPTCP (it fell back to TCP), so it has no subflows");
                }
                throw Errno.exception("getsockopt MPTCP_FULL_INFO", errno);
            }
            int tcpKernel = req.getInt(0);
            int sfKernel = req.getInt(8);
            int count = req.getInt(16);
            if (count > capacity) {
                capacity = count; // subflows came and went between calls: ask again with room for all
                continue;
            }
            byte[] hdr = req.getByteArray(0, len.getValue());
            MptcpInfo info = MptcpInfo.parse(hdr, HEADER, Math.max(0, len.getValue() - HEADER));
            List<Subflow> subflows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] s = sf.getByteArray((long) i * SFINFO_SIZE, SFINFO_SIZE);
                byte[] t = tcp.getByteArray((long) i * TCPINFO_SIZE, TCPINFO_SIZE);
                subflows.add(subflow(s, Math.min(sfKernel, SFINFO_SIZE), t, Math.min(tcpKernel, TCPINFO_SIZE)));
            }
            return new FullInfo(info, List.copyOf(subflows));
        }
    }

    /** Parses one mptcp_subflow_info (sfLen valid bytes) and its tcp_info (tcpLen valid bytes). */
    static Subflow subflow(byte[] sf, int sfLen, byte[] tcp, int tcpLen) throws IOException {
        ByteBuffer s = ByteBuffer.wrap(sf).order(ByteOrder.nativeOrder());
        InetSocketAddress local = sfLen >= 8 + SockAddr.STORAGE_SIZE ? SockAddr.decode(sf, 8) : null;
        InetSocketAddress remote = sfLen >= 8 + 2 * SockAddr.STORAGE_SIZE ? SockAddr.decode(sf, 8 + SockAddr.STORAGE_SIZE) : null;
        return new Subflow(s.getInt(0), local, remote, TcpInfo.parse(tcp, 0, tcpLen));
    }
}
