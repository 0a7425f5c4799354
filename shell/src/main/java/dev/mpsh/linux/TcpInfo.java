package dev.mpsh.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The counters of struct tcp_info (<linux/tcp.h>; 280 bytes on 6.18) that mpsh shows per
 * subflow, as getsockopt(TCP_INFO), MPTCP_FULL_INFO and inet_diag's INET_DIAG_INFO carry them.
 * A field beyond the bytes a kernel returned (an older, shorter struct) reads as 0.
 *
 * @param state          TCP_ESTABLISHED = 1 … (<netinet/tcp.h>)
 * @param rttMicros      smoothed RTT, µs
 * @param rttVarMicros   its variation, µs
 * @param sndCwnd        congestion window, segments
 * @param totalRetrans   segments retransmitted over the socket's life
 * @param bytesSent      payload bytes sent, retransmissions included (4.19+)
 * @param bytesAcked     bytes acknowledged by the peer (the SYN counts one)
 * @param bytesReceived  payload bytes received
 * @param bytesRetrans   payload bytes retransmitted (4.19+)
 * @param segsOut        segments sent
 * @param segsIn         segments received
 * @param deliveryRate   the kernel's estimate of the delivery rate, bytes per second
 * @param length         how many bytes of the struct the kernel filled
 */
public record TcpInfo(
        int state, long rttMicros, long rttVarMicros, long sndCwnd, long totalRetrans,
        long bytesSent, long bytesAcked, long bytesReceived, long bytesRetrans,
        long segsOut, long segsIn, long deliveryRate, int length) {

    /** sizeof(struct tcp_info) on 6.18; kernels copy min(this, their own). */
    public static final int SIZE = 280;

    // offsets in struct tcp_info, <linux/tcp.h>
    private static final int STATE = 0;
    private static final int RTT = 68;
    private static final int RTTVAR = 72;
    private static final int SND_CWND = 80;
    private static final int TOTAL_RETRANS = 100;
    private static final int BYTES_ACKED = 120;
    private static final int BYTES_RECEIVED = 128;
    private static final int SEGS_OUT = 136;
    private static final int SEGS_IN = 140;
    private static final int DELIVERY_RATE = 160;
    private static final int BYTES_SENT = 200;
    private static final int BYTES_RETRANS = 208;

    /** Parses the first length bytes of a struct tcp_info at offset in raw. */
    public static TcpInfo parse(byte[] raw, int offset, int length) {
        int valid = Math.max(0, Math.min(length, raw.length - offset));
        ByteBuffer b = ByteBuffer.wrap(raw, offset, valid).slice().order(ByteOrder.nativeOrder());
        return new TcpInfo(valid > STATE ? b.get(STATE) & 0xff : 0,
                u32(b, RTT, valid), u32(b, RTTVAR, valid), u32(b, SND_CWND, valid), u32(b, TOTAL_RETRANS, valid),
                u64(b, BYTES_SENT, valid), u64(b, BYTES_ACKED, valid), u64(b, BYTES_RECEIVED, valid),
                u64(b, BYTES_RETRANS, valid), u32(b, SEGS_OUT, valid), u32(b, SEGS_IN, valid),
                u64(b, DELIVERY_RATE, valid), Math.min(valid, SIZE));
    }

    private static long u32(ByteBuffer b, int off, int valid) {
        return off + 4 <= valid ? Integer.toUnsignedLong(b.getInt(off)) : 0;
    }

    private static long u64(ByteBuffer b, int off, int valid) {
        return off + 8 <= valid ? b.getLong(off) : 0;
    }
}
