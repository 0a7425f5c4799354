package dev.mpsh.lab;

import dev.mpsh.linux.NetNs;
import dev.mpsh.sockdiag.SockDiag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the lab engine reads from /proc about its server processes. */
final class ProcFs {
    private ProcFs() {
    }

    /**
     * The start time of PID in clock ticks since boot (field 22 of /proc/PID/stat), or -1 when
     * there is no such process. With the PID it identifies a process: a recycled PID has another
     * start time, so the engine never signals a stranger.
     */
    static long startTime(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[19]);
    }

    /** The fields of /proc/PID/stat from field 3 (state) on, or null when there is no such process. */
    private static String[] stat(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        } catch (IOException e) {
            return null;
        }
        // The command name (field 2) may hold blanks and parentheses: count fields after the last ')'.
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** The processes whose network namespace has this inode. */
    static List<Long> inNetns(long inode) {
        List<Long> out = new java.util.ArrayList<>();
        String[] entries = new java.io.File("/proc").list();
        if (entries == null) {
            return out;
        }
        for (String e : entries) {
            if (!e.isEmpty() && Character.isDigit(e.charAt(0))) {
                long pid = Long.parseLong(e);
                if (netnsInode(pid) == inode) {
                    out.add(pid);
                }
            }
        }
        return out;
    }

    /** The command line of PID with blanks between its words, or "" when there is none. */
    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), java.nio.charset.StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** The inode of PID's network namespace, or -1 when there is no such process. */
    static long netnsInode(long pid) {
        try {
            return (Long) Files.getAttribute(Path.of("/proc/" + pid + "/ns/net"), "unix:ino");
        } catch (IOException e) {
            return -1;
        }
    }

    /** True when PID (started at startTime) still runs: it exists and is not exiting (zombie). */
    static boolean running(long pid, long startTime) {
        String[] f = stat(pid);
        return f != null && startTime > 0 && Long.parseLong(f[19]) == startTime && !f[0].equals("Z") && !f[0].equals("X");
    }

    /**
     * True while PID (started at startTime) has not finished exiting. A JVM's main thread shows
     * as a zombie while its other threads are still being torn down, so a zombie counts as gone
     * only once it is down to that one task; its reaping is then up to its parent (often init,
     * which in containers may take a second or two), and holds no socket or namespace any more.
     */
    static boolean present(long pid, long startTime) {
        String[] f = stat(pid);
        if (f == null || startTime <= 0 || Long.parseLong(f[19]) != startTime) {
            return false;
        }
        if (!f[0].equals("Z")) {
            return true;
        }
        String[] tasks = new java.io.File("/proc/" + pid + "/task").list();
        return tasks != null && tasks.length > 1;
    }

    /**
     * True when the network namespace of PID has a TCP socket listening on port: a sock_diag
     * dump of that namespace's listening sockets on port, from a thread that entered it
     * through /proc/PID/ns/net. Not /proc/PID/net/tcp: reading that walks the host's whole
     * established-socket hash (262,144 buckets on a 24 GiB host) whatever the namespace holds,
     * about 6 ms of kernel time per file here, and the board and 'lab up' ask often.
     */
    static boolean listening(long pid, int port) {
        try (NetNs ns = NetNs.open(Path.of("/proc/" + pid + "/ns/net"), "of process " + pid)) {
            return SockDiag.listening(ns, port);
        } catch (IOException | RuntimeException e) {
            return false; // gone, or its namespace with it; a reply that cannot be read says nothing listens
        }
    }
}
