package dev.mpsh.netlink;

/** Bytes from the kernel that do not parse as netlink: a bug or a kernel mpsh does not know. */
public final class NetlinkFormatException extends RuntimeException {
    public NetlinkFormatException(String message) {
        super("malformed netlink message: " + message);
    }
}
