package dev.mpsh.mptcp;

import com.sun.jna.ptr.IntByReference;
import dev.mpsh.linux.Errno;
import dev.mpsh.linux.LibC;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct mptcp_info (<linux/mptcp.h>, 96 bytes on 6.18): the MPTCP-level state of a connection.
 * Fields a kernel did not return (older, shorter struct) read as 0; {@code length} says how
 * many bytes the kernel filled.
 *
 * @param subflows extra subflows, the initial one excluded
 * @param subflowsTotal all subflows (6.8+; 0 before)
 * @param flags bit0 FALLBACK, bit1 REMOTE_KEY_RECEIVED
 */
public record MptcpInfo(
        int subflows, int addAddrSignal, int addAddrAccepted, int subflowsMax,
        int addAddrSignalMax, int addAddrAcceptedMax, long flags, long token,
        long writeSeq, long sndUna, long rcvNxt, int localAddrUsed, int localAddrMax,
        boolean csumEnabled, long retransmits, long bytesRetrans, long bytesSent,
        long bytesReceived, long bytesAcked, int subflowsTotal,
        long lastDataSentMs, long lastDataRecvMs, long lastAckRecvMs, int length) {

    /** SOL_MPTCP, <bits/socket.h> (5.16). */
    public static final int SOL_MPTCP = 284;
    /** MPTCP_INFO at SOL_MPTCP, <linux/mptcp.h>. */
    public static final int MPTCP_INFO = 1;
    /** sizeof(struct mptcp_info) on 6.10+. */
    public static final int SIZE = 96;
    public static final long FLAG_FALLBACK = 0x1;
    public static final long FLAG_REMOTE_KEY_RECEIVED = 0x2;

    /** getsockopt(MPTCP_INFO); null when the socket is not using MPTCP (EOPNOTSUPP/ENOPROTOOPT). */
    public static MptcpInfo read(int fd) throws IOException {
        byte[] buf = new byte[SIZE];
        IntByReference len = new IntByReference(SIZE);
        if (LibC.INSTANCE.getsockopt(fd, SOL_MPTCP, MPTCP_INFO, buf, len) < 0) {
            int errno = Errno.last();
            if (errno == Errno.EOPNOTSUPP || errno == Errno.ENOPROTOOPT) {
                return null;
            }
            throw Errno.exception("getsockopt MPTCP_INFO", errno);
        }
        return parse(buf, 0, len.getValue());
    }

    /** Parses the first length bytes of a struct mptcp_info at offset. */
    public static MptcpInfo parse(byte[] raw, int offset, int length) {
        byte[] b = new byte[SIZE];
        System.arraycopy(raw, offset, b, 0, Math.min(length, SIZE));
        ByteBuffer h = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        return new MptcpInfo(
                b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff, b[4] & 0xff, b[5] & 0xff,
                Integer.toUnsignedLong(h.getInt(8)), Integer.toUnsignedLong(h.getInt(12)),
                h.getLong(16), h.getLong(24), h.getLong(32),
                b[40] & 0xff, b[41] & 0xff, b[42] != 0,
                Integer.toUnsignedLong(h.getInt(44)), h.getLong(48), h.getLong(56), h.getLong(64), h.getLong(72),
                b[80] & 0xff,
                Integer.toUnsignedLong(h.getInt(84)), Integer.toUnsignedLong(h.getInt(88)),
                Integer.toUnsignedLong(h.getInt(92)), Math.min(length, SIZE));
    }
}
