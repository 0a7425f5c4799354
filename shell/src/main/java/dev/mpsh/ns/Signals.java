package dev.mpsh.ns;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Sends signals to a child; Java's Process API knows only SIGTERM and SIGKILL. */
final class Signals {
    /** From <signal.h>. */
    static final int SIGINT = 2;
    static final int SIGCONT = 18;

    private interface LibC extends Library {
        int kill(int pid, int sig);
    }

    private static volatile LibC libc;

    private Signals() {
    }

    /** SIGINT, then SIGCONT so a child stopped by Ctrl-Z sees it too. */
    static void interrupt(long pid) {
        try {
            LibC c = libc;
            if (c == null) {
                c = Native.load("c", LibC.class);
                libc = c;
            }
            c.kill((int) pid, SIGINT);
            c.kill((int) pid, SIGCONT);
        } catch (LinkageError e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }
}
