package dev.mpsh.netlink;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One netlink attribute (struct nlattr, <linux/netlink.h>): a 16-bit type and a value.
 * Integers are host order unless a getter says otherwise.
 */
public record Attr(int type, byte[] value) {
    /** sizeof(struct nlattr). */
    public static final int HEADER = 4;
    /** NLA_F_NESTED: the value is a list of attributes. */
    public static final int F_NESTED = 0x8000;
    /** NLA_F_NET_BYTEORDER. */
    public static final int F_NET_BYTEORDER = 0x4000;
    /** NLA_TYPE_MASK. */
    public static final int TYPE_MASK = ~(F_NESTED | F_NET_BYTEORDER) & 0xffff;

    /** The type without the NESTED/NET_BYTEORDER flag bits. */
    public int kind() {
        return type & TYPE_MASK;
    }

    public int u8() {
        need(1);
        return value[0] & 0xff;
    }

    public int u16() {
        need(2);
        return Short.toUnsignedInt(host().getShort(0));
    }

    /** A u16 in network order, e.g. MPTCP_ATTR_SPORT. */
    public int u16be() {
        need(2);
        return Short.toUnsignedInt(ByteBuffer.wrap(value).order(ByteOrder.BIG_ENDIAN).getShort(0));
    }

    /** A u32 as an unsigned long. */
    public long u32() {
        need(4);
        return Integer.toUnsignedLong(host().getInt(0));
    }

    public int s32() {
        need(4);
        return host().getInt(0);
    }

    public long u64() {
        need(8);
        return host().getLong(0);
    }

    /** A NUL-terminated string (the NUL and anything after it dropped). */
    public String string() {
        int n = 0;
        while (n < value.length && value[n] != 0) {
            n++;
        }
        return new String(value, 0, n, StandardCharsets.UTF_8);
    }

    /** A raw address (4 or 16 bytes, network order). */
    public InetAddress address() {
        if (value.length != 4 && value.length != 16) {
            throw new NetlinkFormatException("attribute " + kind() + " is " + value.length + " bytes, not an address");
        }
        try {
            return InetAddress.getByAddress(value);
        } catch (UnknownHostException e) {
            throw new NetlinkFormatException("attribute " + kind() + ": " + e.getMessage());
        }
    }

    /** The attributes nested in this one. */
    public List<Attr> nested() {
        return parse(value, 0, value.length);
    }

    private ByteBuffer host() {
        return ByteBuffer.wrap(value).order(ByteOrder.nativeOrder());
    }

    private void need(int n) {
        if (value.length < n) {
            throw new NetlinkFormatException("attribute " + kind() + " is " + value.length + " bytes, needs " + n);
        }
    }

    /** Parses the attributes in buf[off, off+len). A truncated attribute is a format error. */
    public static List<Attr> parse(byte[] buf, int off, int len) {
        List<Attr> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
        int pos = off;
        int end = off + len;
        while (end - pos >= HEADER) {
            int alen = Short.toUnsignedInt(b.getShort(pos));
            int type = Short.toUnsignedInt(b.getShort(pos + 2));
            if (alen < HEADER || pos + alen > end) {
                throw new NetlinkFormatException("attribute at offset " + (pos - off) + " claims " + alen
                        + " bytes, " + (end - pos) + " left");
            }
            out.add(new Attr(type, Arrays.copyOfRange(buf, pos + HEADER, pos + alen)));
            pos += Netlink.align(alen);
        }
        return out;
    }

    /** The first attribute of this kind, or null. */
    public static Attr find(List<Attr> attrs, int kind) {
        for (Attr a : attrs) {
            if (a.kind() == kind) {
                return a;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attr a && a.type == type && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Attr[" + type + ":");
        for (byte x : value) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.append(']').toString();
    }
}
