package dev.mpsh.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a plugin's files can be trusted to run as the user mpsh runs as (often root): nothing
 * on the way to them may be changed by anyone but root and that user. A directory or file is
 * refused when another user owns it or its group or others may write it; an ancestor directory
 * may be world-writable only with the sticky bit (as /tmp is), since then nobody can replace
 * what others own in it.
 */
final class FileSafety {
    // <sys/stat.h>
    private static final int S_IWGRP = 0020;
    private static final int S_IWOTH = 0002;
    private static final int S_ISVTX = 01000;

    private final long user;

    /** @param user the uid besides root that may own plugin files */
    FileSafety(long user) {
        this.user = user;
    }

    /** Why the directory (resolved) and its ancestors cannot be trusted, or null when they can. */
    String directory(Path dir) throws IOException {
        Path real = dir.toRealPath();
        String self = problem(real, false);
        if (self != null) {
            return self;
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            String up = problem(p, true);
            if (up != null) {
                return up;
            }
        }
        return null;
    }

    /** Why a plugin (a jar, or a scenario directory and everything in it) cannot be trusted, or null. */
    String tree(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.forEach(all::add);
            }
        } else {
            all.add(root);
        }
        for (Path p : all) {
            if (Files.isSymbolicLink(p)) {
                return p + " is a symbolic link; plugins are read from their own files only, so copy it in";
            }
            String why = problem(p, false);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private String problem(Path p, boolean ancestor) throws IOException {
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        long uid = ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        if (uid != 0 && uid != user) {
            return p + " belongs to uid " + uid + ", not to root or uid " + user + "; chown it to one of them";
        }
        boolean sticky = (mode & S_ISVTX) != 0;
        if ((mode & S_IWOTH) != 0 && !(ancestor && sticky)) {
            return p + " is writable by everyone (mode " + octal(mode) + "); run 'chmod o-w " + p + "'";
        }
        if ((mode & S_IWGRP) != 0 && !(ancestor && sticky)) {
            return p + " is writable by its group (mode " + octal(mode) + "); run 'chmod g-w " + p + "'";
        }
        return null;
    }

    private static String octal(int mode) {
        return String.format("%04o", mode & 07777);
    }
}
