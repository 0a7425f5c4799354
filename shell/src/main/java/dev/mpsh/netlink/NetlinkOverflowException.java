package dev.mpsh.netlink;

import java.io.IOException;

/** ENOBUFS on a netlink socket: the receive queue overflowed and the kernel dropped messages. */
public final class NetlinkOverflowException extends IOException {
    public NetlinkOverflowException() {
        super("netlink receive buffer overflowed: some events were lost");
    }
}
