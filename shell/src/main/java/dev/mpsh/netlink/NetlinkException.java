package dev.mpsh.netlink;

import dev.mpsh.linux.Errno;
import java.io.IOException;

/**
 * The kernel refused a netlink request: errno, and the extended-ack message when the kernel gave
 * one (e.g. "create listen socket error: -99"), worded the way iproute2 prints it.
 */
public final class NetlinkException extends IOException {
    private final int errno;
    private final String extack;

    public NetlinkException(int errno, String extack) {
        super(extack != null && !extack.isEmpty() ? extack : Errno.text(errno));
        this.errno = errno;
        this.extack = extack;
    }

    public int errno() {
        return errno;
    }

    /** The kernel's extended-ack text, or null. */
    public String extack() {
        return extack;
    }
}
