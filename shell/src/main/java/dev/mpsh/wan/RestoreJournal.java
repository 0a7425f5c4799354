package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a drill found before it changed the lab, written before the first change, so that the
 * lab can be put back whatever happens: at the drill's end, after an error or Ctrl-C, from a
 * shutdown hook, and after the shell was killed outright (the next drill, or {@code drill
 * restore}, finds the file and restores first). It lives with the lab's logs, so 'lab down',
 * which removes the namespaces and with them every change, removes it too.
 * <pre>
 * mpsh restore v1
 * what drill wan-down wan0 (Wi-Fi)
 * link client wan0
 * route client wan0 254 default 192.0.2.1 100 3 0 -
 * </pre>
 */
public final class RestoreJournal {
    static final String HEADER = "mpsh restore v1";
    /** Restoring runs its commands again once if one failed (a killed child, a busy kernel). */
    static final int PASSES = 2;

    private final LabLayout layout;
    private final Path file;

    public RestoreJournal(LabLayout layout) {
        this.layout = layout;
        this.file = layout.logDir().resolve("restore");
    }

    /** What an earlier, unfinished change left to restore; null when nothing. */
    public record Pending(String what, List<Fact> facts) {
    }

    /** Records facts before anything changes; replaces the file in one rename, so it is whole or absent. */
    void begin(String what, List<Fact> facts) throws CommandException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n').append("what ").append(what.replace('\n', ' ')).append('\n');
        facts.forEach(f -> sb.append(f.encode()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("restore.tmp");
            Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CommandException("cannot record what to restore in " + file + ": " + e.getMessage() + "; nothing was changed");
        }
    }

    /** The pending restore, or null. A file this version cannot read counts as nothing pending. */
    public Pending pending() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return null;
        }
        String what = "an earlier drill";
        List<Fact> facts = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("what ")) {
                what = l.substring(5);
            } else if (!l.isBlank()) {
                Fact f = Fact.decode(l);
                if (f != null) {
                    facts.add(f);
                }
            }
        }
        return new Pending(what, facts);
    }

    /**
     * Puts back every fact that no longer holds, showing each command as it runs, and removes
     * the journal when all hold again. Returns the commands run. A command that fails is tried
     * once more; if the lab still differs, the journal stays and the error says how to retry.
     */
    public List<String> restore(Consumer<String> show) throws CommandException {
        Pending p = pending();
        if (p == null) {
            return List.of();
        }
        List<String> ran = restore(layout, p.facts(), show);
        clear();
        return ran;
    }

    /** Restores facts (see {@link #restore(Consumer)}) without touching the journal. */
    static List<String> restore(LabLayout layout, List<Fact> facts, Consumer<String> show) throws CommandException {
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparingInt(Fact::rank));
        LabWriter writer = new LabWriter(layout);
        List<String> ran = new ArrayList<>();
        CommandException last = null;
        for (int pass = 0; pass < PASSES; pass++) {
            List<NsCommand> todo = needed(layout, ordered);
            if (todo.isEmpty()) {
                return ran;
            }
            last = null;
            for (NsCommand c : todo) {
                show.accept(LabWriter.shown(c));
                ran.add(LabWriter.shown(c));
                try {
                    writer.run(c);
                } catch (CommandException e) {
                    last = e;
                    show.accept("  (" + e.getMessage() + ")");
                }
            }
            if (last == null) {
                return ran;
            }
        }
        if (!needed(layout, ordered).isEmpty()) {
            throw new CommandException("could not restore the lab: " + last.getMessage() + "; 'drill restore' tries again");
        }
        return ran;
    }

    private static List<NsCommand> needed(LabLayout layout, List<Fact> facts) throws CommandException {
        List<NsCommand> out = new ArrayList<>();
        try (KernelView now = new KernelView()) {
            for (Fact f : facts) {
                out.addAll(f.restore(now, layout::netnsName));
            }
        } catch (IOException e) {
            throw new CommandException("cannot read the lab to restore it: " + e.getMessage() + "; is lab '" + layout.lab() + "' up?");
        }
        return out;
    }

    /** Forgets the pending restore (done, or the lab is gone). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next pending() finds it and restores again, which changes nothing
        }
    }
}
