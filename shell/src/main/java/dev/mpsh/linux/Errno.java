package dev.mpsh.linux;

import com.sun.jna.Native;
import java.io.IOException;

/** errno values mpsh reacts to (from <asm-generic/errno-base.h> and <asm-generic/errno.h>). */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int EINVAL = 22;
    public static final int EPIPE = 32;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EOPNOTSUPP = 95;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETUNREACH = 101;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int ENOBUFS = 105;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTUNREACH = 113;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;

    private Errno() {
    }

    /** errno of the last JNA call on this thread. */
    public static int last() {
        return Native.getLastError();
    }

    /** The C library's text for errno, e.g. "Connection refused". */
    public static String text(int errno) {
        String s = LibC.INSTANCE.strerror(errno);
        return s != null ? s : "errno " + errno;
    }

    /** An IOException "WHAT: strerror" for errno. */
    public static IOException exception(String what, int errno) {
        return new ErrnoException(what + ": " + text(errno).toLowerCase(java.util.Locale.ROOT), errno);
    }

    /** Throws "WHAT: strerror(errno)" when rc is negative, else returns rc. */
    public static int check(int rc, String what) throws IOException {
        if (rc < 0) {
            throw exception(what, last());
        }
        return rc;
    }

    /** An IOException that remembers its errno, so callers can react to the cause. */
    public static final class ErrnoException extends IOException {
        private final int errno;

        public ErrnoException(String message, int errno) {
            super(message);
            this.errno = errno;
        }

        public int errno() {
            return errno;
        }
    }
}
