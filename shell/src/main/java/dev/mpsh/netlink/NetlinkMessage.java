package dev.mpsh.netlink;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One netlink message: struct nlmsghdr (len, type, flags, seq, pid; host order) and its
 * payload (everything after the 16-byte header, without trailing alignment).
 */
public record NetlinkMessage(int type, int flags, int seq, int pid, byte[] payload) {
    /** sizeof(struct nlmsghdr). */
    public static final int HEADER = 16;

    public boolean isError() {
        return type == Netlink.NLMSG_ERROR;
    }

    public boolean isDone() {
        return type == Netlink.NLMSG_DONE;
    }

    /** The header and payload, padded to the netlink alignment. */
    public byte[] encode() {
        int len = HEADER + payload.length;
        ByteBuffer b = ByteBuffer.allocate(Netlink.align(len)).order(ByteOrder.nativeOrder());
        b.putInt(len).putShort((short) type).putShort((short) flags).putInt(seq).putInt(pid).put(payload);
        return b.array();
    }

    /** Splits one datagram (as recv returned it, n bytes) into messages. */
    public static List<NetlinkMessage> parse(byte[] buf, int n) {
        List<NetlinkMessage> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(buf, 0, n).order(ByteOrder.nativeOrder());
        int pos = 0;
        while (n - pos >= HEADER) {
            int len = b.getInt(pos);
            if (len < HEADER || pos + len > n) {
                throw new NetlinkFormatException("message at offset " + pos + " claims " + len + " bytes, " + (n - pos) + " left");
            }
            int type = Short.toUnsignedInt(b.getShort(pos + 4));
            int flags = Short.toUnsignedInt(b.getShort(pos + 6));
            int seq = b.getInt(pos + 8);
            int pid = b.getInt(pos + 12);
            out.add(new NetlinkMessage(type, flags, seq, pid, Arrays.copyOfRange(buf, pos + HEADER, pos + len)));
            pos += Netlink.align(len);
        }
        return out;
    }

    /**
     * The error of an NLMSG_ERROR or NLMSG_DONE message: null for an ACK (error 0), else the
     * exception with the errno and the kernel's extended-ack text if it sent one.
     */
    public NetlinkException error() {
        if (payload.length < 4) {
            return null;
        }
        int err = ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder()).getInt(0);
        if (err == 0) {
            return null;
        }
        String text = null;
        if ((flags & Netlink.NLM_F_ACK_TLVS) != 0) {
            // nlmsgerr: int error, the request's nlmsghdr, its payload unless CAPPED, then TLVs
            int tlvs;
            if (isDone()) {
                tlvs = 4;
            } else if ((flags & Netlink.NLM_F_CAPPED) != 0) {
                tlvs = 4 + HEADER;
            } else {
                int origLen = payload.length >= 4 + HEADER ? ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder()).getInt(4) : HEADER;
                tlvs = 4 + Netlink.align(origLen);
            }
            if (tlvs < payload.length) {
                Attr msg = Attr.find(Attr.parse(payload, tlvs, payload.length - tlvs), Netlink.NLMSGERR_ATTR_MSG);
                if (msg != null) {
                    text = msg.string();
                }
            }
        }
        return new NetlinkException(-err, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetlinkMessage m && m.type == type && m.flags == flags && m.seq == seq
                && m.pid == pid && Arrays.equals(m.payload, payload);
    }

    @Override
    public int hashCode() {
        return ((type * 31 + flags) * 31 + seq) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "NetlinkMessage[type=" + type + ", flags=0x" + Integer.toHexString(flags) + ", seq=" + seq
                + ", pid=" + pid + ", payload=" + payload.length + " bytes]";
    }
}
