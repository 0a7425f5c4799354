package dev.mpsh.classroom;

import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabActivity;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.KeptNamespaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The live board's readings ('class board'), one every 2 s: rows read as {@code class status}
 * reads them, except that a lab's kernel part (its state and its fixes: a thread entering each
 * namespace, netlink dumps, /proc/sys reads; most of a reading's cost) is read again only when
 * something may have changed it: a command finished in the lab (its last-command file, which
 * every mpsh shell on it writes after each command), a check ran, its journal changed ('lab up',
 * 'lab down', 'class reset'), or the kernel part is {@link #MAX_AGE_MS} old (a server that
 * died, a change made from outside mpsh). The walkthrough's progress and the lab's files are
 * read every time. The threads that enter a lab's namespaces for its kernel part are kept from
 * one reading to the next ({@link KeptNamespaces}) and ended when the lab's journal changes (it
 * went down, came up, was reset), when it leaves the class, and on {@link #close()}.
 */
public final class LiveReading implements AutoCloseable {
    public static final long MAX_AGE_MS = 30_000;

    private final String prefix;
    private final Map<String, String> env;
    private final String home;
    private final LongSupplier clock;
    private final Map<String, Kept> kept = new HashMap<>();
    private final Map<String, KeptNamespaces> threads = new HashMap<>();
    private int kernelReadings;
    private int namespaceEntries;
    private boolean closed;

    /** What may change a lab's kernel part, as last seen; a new value means read it again. */
    private record Stamp(long lastCommand, LabActivity.Check check, long journalModified, long journalSize) {
    }

    private record Kept(Stamp stamp, ClassBoard.Kernel kernel, long at) {
    }

    /** @param prefix the class to read, or null for every class on the host */
    public LiveReading(String prefix, LongSupplier clock) {
        this(prefix, System.getenv(), System.getProperty("user.home"), clock);
    }

    LiveReading(String prefix, Map<String, String> env, String home, LongSupplier clock) {
        this.prefix = prefix;
        this.env = env;
        this.home = home;
        this.clock = clock;
    }

    /** The board now. */
    public synchronized ClassBoard read() throws CommandException {
        if (closed) {
            throw new CommandException("the board was closed");
        }
        List<Roster> rosters = ClassCommand.rosters(LabLayout.stateDir(), prefix);
        Set<String> labs = new HashSet<>();
        ClassBoard board = ClassBoard.read(rosters, env, home, (r, lab, layout, activity) -> {
            labs.add(lab);
            Stamp stamp = new Stamp(activity.lastCommand(), activity.check(), modified(layout), size(layout));
            long now = clock.getAsLong();
            Kept k = kept.get(lab);
            if (k != null && k.stamp().equals(stamp) && now - k.at() < MAX_AGE_MS) {
                return k.kernel();
            }
            if (k != null && (k.stamp().journalModified() != stamp.journalModified()
                    || k.stamp().journalSize() != stamp.journalSize())) {
                release(lab); // went down, came up or was reset: let go of its old namespaces
            }
            KeptNamespaces nss = threads.computeIfAbsent(lab, x -> new KeptNamespaces());
            int before = nss.entered();
            ClassBoard.Kernel fresh = ClassBoard.kernel(r, layout, nss);
            namespaceEntries += nss.entered() - before;
            kernelReadings++;
            if (fresh.state().equals("down")) {
                release(lab);
            }
            kept.put(lab, new Kept(stamp, fresh, now));
            return fresh;
        });
        kept.keySet().retainAll(labs);
        for (String lab : Set.copyOf(threads.keySet())) {
            if (!labs.contains(lab)) {
                release(lab);
            }
        }
        return board;
    }

    private void release(String lab) {
        KeptNamespaces t = threads.remove(lab);
        if (t != null) {
            t.close();
        }
    }

    /** How many times a thread entered a lab's namespace, over every reading so far. */
    public synchronized int namespaceEntries() {
        return namespaceEntries;
    }

    /** How many threads inside lab namespaces are kept now, over every lab. */
    public synchronized int keptThreads() {
        return threads.values().stream().mapToInt(KeptNamespaces::size).sum();
    }

    /** Ends every kept namespace thread; a reading after it fails. */
    @Override
    public synchronized void close() {
        closed = true;
        for (String lab : Set.copyOf(threads.keySet())) {
            release(lab);
        }
    }

    /** How many times a lab's kernel part was read, over every reading so far. */
    public synchronized int kernelReadings() {
        return kernelReadings;
    }

    private static long modified(LabLayout layout) {
        try {
            return Files.readAttributes(layout.stateFile(), BasicFileAttributes.class).lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return -1; // down: no journal
        }
    }

    private static long size(LabLayout layout) {
        try {
            return Files.size(layout.stateFile());
        } catch (IOException e) {
            return -1;
        }
    }
}
