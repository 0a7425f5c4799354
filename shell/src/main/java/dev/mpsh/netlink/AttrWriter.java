package dev.mpsh.netlink;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Builds a message payload: a fixed header (genlmsghdr, ifinfomsg...) then aligned attributes. */
public final class AttrWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Raw bytes, e.g. a family header; padded to the alignment. */
    public AttrWriter raw(byte[] bytes) {
        out.writeBytes(bytes);
        pad(bytes.length);
        return this;
    }

    public AttrWriter attr(int type, byte[] value) {
        int len = Attr.HEADER + value.length;
        ByteBuffer h = ByteBuffer.allocate(Attr.HEADER).order(ByteOrder.nativeOrder());
        h.putShort((short) len).putShort((short) type);
        out.writeBytes(h.array());
        out.writeBytes(value);
        pad(len);
        return this;
    }

    public AttrWriter u8(int type, int v) {
        return attr(type, new byte[] {(byte) v});
    }

    public AttrWriter u16(int type, int v) {
        return attr(type, ByteBuffer.allocate(2).order(ByteOrder.nativeOrder()).putShort((short) v).array());
    }

    public AttrWriter u32(int type, long v) {
        return attr(type, ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt((int) v).array());
    }

    public AttrWriter s32(int type, int v) {
        return u32(type, v);
    }

    /** A NUL-terminated string. */
    public AttrWriter string(int type, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return attr(type, z);
    }

    /** A nested attribute; NLA_F_NESTED is set, as the kernel's strict validation wants. */
    public AttrWriter nested(int type, Consumer<AttrWriter> body) {
        AttrWriter inner = new AttrWriter();
        body.accept(inner);
        return attr(type | Attr.F_NESTED, inner.bytes());
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private void pad(int len) {
        for (int i = len; i < Netlink.align(len); i++) {
            out.write(0);
        }
    }
}
