package dev.mpsh.linux;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * struct sockaddr_in / sockaddr_in6 as bytes (<netinet/in.h>): family in host order, port and
 * address in network order.
 */
public final class SockAddr {
    /** sizeof(struct sockaddr_in). */
    public static final int IN_SIZE = 16;
    /** sizeof(struct sockaddr_in6). */
    public static final int IN6_SIZE = 28;
    /** sizeof(struct sockaddr_storage): room for any address the kernel returns. */
    public static final int STORAGE_SIZE = 128;

    private SockAddr() {
    }

    public static int family(InetSocketAddress a) {
        return a.getAddress() instanceof Inet6Address ? LibC.AF_INET6 : LibC.AF_INET;
    }

    public static byte[] encode(InetSocketAddress a) {
        InetAddress ip = a.getAddress();
        if (ip == null) {
            throw new IllegalArgumentException("unresolved address " + a.getHostString());
        }
        boolean v6 = ip instanceof Inet6Address;
        ByteBuffer b = ByteBuffer.allocate(v6 ? IN6_SIZE : IN_SIZE);
        b.order(ByteOrder.nativeOrder()).putShort((short) (v6 ? LibC.AF_INET6 : LibC.AF_INET));
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) a.getPort());
        if (v6) {
            b.putInt(0); // flowinfo
            b.put(ip.getAddress());
            b.order(ByteOrder.nativeOrder()).putInt(((Inet6Address) ip).getScopeId());
        } else {
            b.put(ip.getAddress());
        }
        return b.array();
    }

    /** Decodes a sockaddr_in/in6 starting at offset; null for another family or an empty one. */
    public static InetSocketAddress decode(byte[] raw, int offset) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
        int family = b.getShort(offset) & 0xffff;
        int port = Short.toUnsignedInt(ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).getShort(offset + 2));
        try {
            if (family == LibC.AF_INET) {
                byte[] ip = new byte[4];
                System.arraycopy(raw, offset + 4, ip, 0, 4);
                return new InetSocketAddress(Inet4Address.getByAddress(ip), port);
            }
            if (family == LibC.AF_INET6) {
                byte[] ip = new byte[16];
                System.arraycopy(raw, offset + 8, ip, 0, 16);
                int scope = b.getInt(offset + 24);
                InetAddress addr = scope != 0 ? Inet6Address.getByAddress(null, ip, scope) : InetAddress.getByAddress(ip);
                return new InetSocketAddress(addr, port);
            }
        } catch (UnknownHostException e) {
            throw new IOException("bad address from the kernel: " + e.getMessage(), e);
        }
        return null;
    }

    /** inet_ntop(3) text of an address: dotted quad, or RFC 5952 compressed IPv6. */
    public static String ntop(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // glibc prints v4-mapped (::ffff:a.b.c.d) and v4-compatible forms with a dotted tail
        boolean mapped = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        int words = mapped ? 6 : 8;
        for (int i = 0; i < words; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (mapped) {
            if (sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.').append(b[14] & 0xff).append('.').append(b[15] & 0xff);
        }
        return sb.toString();
    }
}
