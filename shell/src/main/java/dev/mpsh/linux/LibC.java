package dev.mpsh.linux;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * The libc calls mpsh needs, mapped with JNA. size_t/ssize_t are {@code long}: mpsh runs on
 * 64-bit Linux only (LP64). After a call returns -1, {@link Native#getLastError()} is errno.
 */
public interface LibC extends Library {
    LibC INSTANCE = Native.load("c", LibC.class);

    // <bits/fcntl-linux.h>
    int O_RDONLY = 0;
    int O_RDWR = 2;
    int O_CREAT = 0x40;
    int O_NONBLOCK = 0x800;
    int O_CLOEXEC = 0x80000;
    // <fcntl.h>
    int F_GETFL = 3;
    int F_SETFL = 4;
    // <sched.h>
    int CLONE_NEWNET = 0x40000000;
    // <bits/socket.h>
    int AF_INET = 2;
    int AF_INET6 = 10;
    int AF_NETLINK = 16;
    int SOCK_STREAM = 1;
    int SOCK_RAW = 3;
    int SOCK_CLOEXEC = O_CLOEXEC;
    int SOL_SOCKET = 1;
    int SO_REUSEADDR = 2;
    int SO_ERROR = 4;
    int SO_PROTOCOL = 38;
    int SHUT_WR = 1;
    int SHUT_RDWR = 2;
    int MSG_NOSIGNAL = 0x4000;
    // <netinet/in.h>
    int IPPROTO_TCP = 6;
    // <sys/poll.h>
    short POLLIN = 0x1;
    short POLLOUT = 0x4;
    short POLLERR = 0x8;
    short POLLHUP = 0x10;
    short POLLNVAL = 0x20;

    int setns(int fd, int nstype);

    int open(String path, int flags);

    /** With O_CREAT: mode is the new file's permission bits. */
    int open(String path, int flags, int mode);

    // <sys/file.h>
    int LOCK_EX = 2;
    int LOCK_NB = 4;

    int flock(int fd, int operation);

    int close(int fd);

    int fcntl(int fd, int cmd, int arg);

    int pipe2(int[] fds, int flags);

    int socket(int domain, int type, int protocol);

    int bind(int fd, byte[] addr, int len);

    int listen(int fd, int backlog);

    int accept4(int fd, byte[] addr, IntByReference len, int flags);

    int connect(int fd, byte[] addr, int len);

    int shutdown(int fd, int how);

    /** fds points at struct pollfd[nfds] (int fd, short events, short revents: 8 bytes each). */
    int poll(Pointer fds, long nfds, int timeoutMillis);

    long read(int fd, byte[] buf, long count);

    long write(int fd, byte[] buf, long count);

    long send(int fd, byte[] buf, long len, int flags);

    long recv(int fd, byte[] buf, long len, int flags);

    /** The same on native memory: no copy between the Java heap and the kernel's. */
    long send(int fd, Pointer buf, long len, int flags);

    long recv(int fd, Pointer buf, long len, int flags);

    int memcmp(Pointer a, Pointer b, long n);

    int getsockopt(int fd, int level, int name, byte[] value, IntByReference len);

    int getsockopt(int fd, int level, int name, Pointer value, IntByReference len);

    int setsockopt(int fd, int level, int name, byte[] value, int len);

    int getsockname(int fd, byte[] addr, IntByReference len);

    int getpeername(int fd, byte[] addr, IntByReference len);

    String strerror(int errnum);
}
