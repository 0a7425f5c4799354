package dev.mpsh.linux;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A dedicated platform thread that entered one network namespace (setns(CLONE_NEWNET) moves only
 * the calling thread). Sockets created on it stay in that namespace; /proc/sys/net opened on it
 * is that namespace's. Never pooled, never returned to the host namespace: the thread ends
 * with {@link #close()}.
 */
public final class NetNs implements AutoCloseable {
    /** Where iproute2 keeps named namespaces (ip-netns(8)). */
    public static final Path NETNS_DIR = Path.of("/run/netns");
    /** The host's own (root) network namespace: PID 1's. */
    public static final Path HOST = Path.of("/proc/1/ns/net");
    /** This process's namespace (its main thread never leaves it). */
    private static final Path OWN = Path.of("/proc/self/ns/net");

    private static final Runnable STOP = () -> { };

    private final String name;
    private final Thread thread;
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    /** The inode of the namespace the thread entered (its identity while the thread pins it), -1 if unknown. */
    private volatile long inode = -1;

    private NetNs(String name, Thread thread) {
        this.name = name;
        this.thread = thread;
    }

    /** Enters /run/netns/NAME on a new thread. Fails with a one-line message if it does not exist. */
    public static NetNs open(String netnsName) throws IOException {
        return open(path(netnsName), netnsName);
    }

    /** /run/netns/NAME for a valid name; a one-line error for a name that cannot be one. */
    public static Path path(String netnsName) throws IOException {
        if (netnsName == null || netnsName.isEmpty() || netnsName.contains("/") || netnsName.startsWith(".")) {
            throw new IOException("'" + netnsName + "' is not a namespace name; see 'ip netns list'");
        }
        return NETNS_DIR.resolve(netnsName);
    }

    /**
     * The host's namespace: PID 1's, or, where reading PID 1's is not allowed (a container
     * without CAP_SYS_PTRACE), mpsh's own, which is the host's unless mpsh was started inside
     * another namespace.
     */
    public static Path hostPath() {
        try {
            Files.readSymbolicLink(HOST);
            return HOST;
        } catch (IOException | UnsupportedOperationException e) {
            return OWN;
        }
    }

    /**
     * Enters the network namespace at path (a /run/netns entry, or {@link #HOST}) on a new
     * thread; name is what messages call it.
     */
    public static NetNs open(Path path, String netnsName) throws IOException {
        if (!Files.exists(path) && !Files.isSymbolicLink(path)) { // /proc/1/ns/net is a link to no path
            throw new NotFoundException(path.toString(),
                    "network namespace '" + netnsName + "' does not exist; see 'ip netns list'");
        }
        CompletableFuture<Void> entered = new CompletableFuture<>();
        NetNs[] self = new NetNs[1];
        Thread t = new Thread(() -> self[0].loop(path, entered), "netns-" + netnsName);
        t.setDaemon(true);
        self[0] = new NetNs(netnsName, t);
        t.start();
        try {
            entered.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            self[0].close();
            throw new IOException("interrupted while entering namespace " + netnsName);
        }
        return self[0];
    }

    private void loop(Path path, CompletableFuture<Void> entered) {
        int fd = LibC.INSTANCE.open(path.toString(), LibC.O_RDONLY | LibC.O_CLOEXEC);
        if (fd < 0) {
            entered.completeExceptionally(Errno.exception("cannot open " + path, Errno.last()));
            return;
        }
        int rc = LibC.INSTANCE.setns(fd, LibC.CLONE_NEWNET);
        int errno = Errno.last();
        LibC.INSTANCE.close(fd);
        if (rc < 0) {
            entered.completeExceptionally(Errno.exception("cannot enter namespace " + name
                    + (errno == Errno.EPERM ? " (run mpsh as root)" : ""), errno));
            return;
        }
        try {
            inode = (Long) Files.getAttribute(Path.of("/proc/thread-self/ns/net"), "unix:ino");
        } catch (IOException | RuntimeException e) {
            // unknown: KeptNamespaces then enters afresh each time
        }
        entered.complete(null);
        while (true) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                continue; // only close() ends this thread
            }
            if (task == STOP) {
                // close() adds STOP last, under the lock; nothing queued after it can exist
                return;
            }
            task.run();
        }
    }

    /** The /run/netns name. */
    public String name() {
        return name;
    }

    /**
     * The inode of the namespace this thread is in (what {@code stat -L /run/netns/NAME} shows
     * for it), or -1 when it could not be read. While the thread lives the namespace cannot be
     * freed, so no other namespace can have this inode meanwhile.
     */
    public long inode() {
        return inode;
    }

    /** True once {@link #close()} was called. */
    public boolean closed() {
        return closed;
    }

    /** Runs task on this namespace's thread and returns its result (exceptions pass through). */
    public <T> T call(Callable<T> task) throws IOException {
        if (Thread.currentThread() == thread) {
            try {
                return task.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        FutureTask<T> f = new FutureTask<>(task);
        synchronized (this) {
            if (closed) {
                throw new IOException("namespace " + name + " is closed");
            }
            tasks.add(f);
        }
        try {
            return f.get();
        } catch (java.util.concurrent.CancellationException e) {
            throw new IOException("namespace " + name + " was closed before the task ran");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while working in namespace " + name);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c.getMessage(), c);
        }
    }

    /** Reads a sysctl of this namespace, e.g. "net.ipv4.conf.all.accept_local" → "1". */
    public String sysctl(String key) throws IOException {
        Path p = sysctlPath(key);
        return call(() -> {
            try {
                return Files.readString(p, StandardCharsets.UTF_8).strip();
            } catch (NoSuchFileException e) {
                throw new NotFoundException(p.toString(), "no sysctl '" + key + "' in namespace " + name);
            }
        });
    }

    /** Writes a sysctl of this namespace (as sysctl -w KEY=VALUE would). */
    public void sysctl(String key, String value) throws IOException {
        Path p = sysctlPath(key);
        call(() -> {
            try {
                Files.writeString(p, value + "\n", StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new NotFoundException(p.toString(), "no sysctl '" + key + "' in namespace " + name);
            }
            return null;
        });
    }

    /**
     * /proc/sys path of a sysctl key. Like sysctl(8), a key with '/' is taken as a path, so
     * interface names with dots (eth0.100) stay possible: "net/ipv4/conf/eth0.100/rp_filter".
     */
    static Path sysctlPath(String key) throws IOException {
        if (key == null || key.isBlank() || key.contains("..")) {
            throw new IOException("'" + key + "' is not a sysctl key; use e.g. net.ipv4.ip_forward");
        }
        String rel = key.contains("/") ? key : key.replace('.', '/');
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        if (!rel.startsWith("net/")) {
            throw new IOException("'" + key + "' is not a net.* sysctl; only network namespace sysctls are per namespace");
        }
        return Path.of("/proc/sys").resolve(rel);
    }

    /** A namespace or sysctl that is not there; the message is the one-line reason alone. */
    public static final class NotFoundException extends NoSuchFileException {
        public NotFoundException(String path, String reason) {
            super(path, null, reason);
        }

        @Override
        public String getMessage() {
            return getReason();
        }
    }

    /** Ends the thread after the tasks already submitted. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            tasks.add(STOP);
        }
    }
}
