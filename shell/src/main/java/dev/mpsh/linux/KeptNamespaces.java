package dev.mpsh.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Threads inside named namespaces, kept from one reading to the next by a reader that reads
 * the same namespaces again and again (the class board): entering a namespace (a new thread,
 * setns) costs more than most of what is then read there. A kept thread is used again only
 * while /run/netns/NAME is still the namespace it entered (the same inode); a namespace that
 * was removed and made again (a lab reset) is entered afresh and the old thread ends.
 *
 * <p>A kept thread holds its namespace: the kernel frees a removed namespace only once the
 * thread has ended. Whoever keeps them closes them as soon as a lab goes down or is rebuilt,
 * and all of them when it stops reading. Not thread-safe; one reader at a time.
 */
public final class KeptNamespaces implements AutoCloseable {
    private final Map<String, NetNs> kept = new HashMap<>();
    private int entered;

    /**
     * A thread inside /run/netns/NAME: the kept one while it is still in that namespace, else a
     * new one (kept in its place). Do not close it; {@link #close()} does.
     */
    public NetNs enter(String netnsName) throws IOException {
        NetNs k = kept.get(netnsName);
        if (k != null && !k.closed() && k.inode() != -1 && k.inode() == inodeOf(netnsName)) {
            return k;
        }
        if (k != null) {
            k.close();
            kept.remove(netnsName);
        }
        NetNs fresh = NetNs.open(netnsName);
        kept.put(netnsName, fresh);
        entered++;
        return fresh;
    }

    /** How many threads were started so far (each entering a namespace once). */
    public int entered() {
        return entered;
    }

    /** How many threads are kept now. */
    public int size() {
        return kept.size();
    }

    private static long inodeOf(String netnsName) {
        try {
            return (Long) Files.getAttribute(NetNs.path(netnsName), "unix:ino");
        } catch (IOException | RuntimeException e) {
            return -2; // gone: matches no kept thread
        }
    }

    /** Ends every kept thread (each after the task it is running). */
    @Override
    public void close() {
        kept.values().forEach(NetNs::close);
        kept.clear();
    }
}
