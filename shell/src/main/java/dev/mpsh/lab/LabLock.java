package dev.mpsh.lab;

import dev.mpsh.linux.Errno;
import dev.mpsh.linux.LibC;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One lab's lock, {@code flock(LOCK_EX|LOCK_NB)} on {@code LAB.lock} in the state directory,
 * held for the whole of a {@code lab up}, {@code lab down} or server restart. It never waits:
 * a second mpsh on the same lab is told at once that the lab is being built or removed. The
 * kernel drops the lock when its holder dies, so a killed shell never leaves the lab locked.
 *
 * <p>The file holds the holder's PID. It is deleted, while still locked, when the lab has no
 * journal any more, so a lab that is down leaves no file; whoever locked a file that was
 * deleted meanwhile sees that the path no longer names the inode it holds, and tries again.
 */
final class LabLock implements AutoCloseable {
    /** The lab is locked by another process: its PID when known, else 0. */
    static final class Busy extends Exception {
        final long pid;

        Busy(long pid) {
            super("locked by " + pid);
            this.pid = pid;
        }
    }

    private final Path file;
    private final StateJournal journal;
    private int fd;

    private LabLock(Path file, StateJournal journal, int fd) {
        this.file = file;
        this.journal = journal;
        this.fd = fd;
    }

    /** Takes the lock of layout's lab, or fails with Busy when another process has it. */
    static LabLock acquire(LabLayout layout) throws IOException, Busy {
        Files.createDirectories(layout.runDir());
        Path file = layout.labLockFile();
        for (int attempt = 0; ; attempt++) {
            int fd = LibC.INSTANCE.open(file.toString(), LibC.O_RDWR | LibC.O_CREAT | LibC.O_CLOEXEC, 0600);
            if (fd < 0) {
                throw Errno.exception("cannot create " + file, Errno.last());
            }
            if (LibC.INSTANCE.flock(fd, LibC.LOCK_EX | LibC.LOCK_NB) != 0) {
                int errno = Errno.last();
                LibC.INSTANCE.close(fd);
                if (errno == Errno.EAGAIN) {
                    throw new Busy(holder(file));
                }
                throw Errno.exception("cannot lock " + file, errno);
            }
            if (sameFile(fd, file)) {
                Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
                return new LabLock(file, new StateJournal(layout.stateFile()), fd);
            }
            LibC.INSTANCE.close(fd); // its holder deleted it as we opened it: take the new one
            if (attempt > 100) {
                throw new IOException(file + " keeps being replaced; is another program deleting it?");
            }
        }
    }

    /** True when path still names the file open on fd. */
    private static boolean sameFile(int fd, Path path) throws IOException {
        try {
            Object held = Files.getAttribute(Path.of("/proc/self/fd/" + fd), "unix:ino");
            return held.equals(Files.getAttribute(path, "unix:ino"));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static long holder(Path file) {
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return 0; // it has not written its PID yet
        }
    }

    /** Deletes the file if the lab is down now, then releases the lock. */
    @Override
    public void close() {
        if (fd < 0) {
            return;
        }
        try {
            if (!journal.exists()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a state directory that became read-only: the stale file is harmless, the lock goes
        } finally {
            LibC.INSTANCE.close(fd);
            fd = -1;
        }
    }
}
