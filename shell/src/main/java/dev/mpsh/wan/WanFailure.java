package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A drill's change to the lab, planned from the kernel's state: the commands that set it up
 * (a backup endpoint), the commands that fail the WAN, and what they found, recorded in the
 * {@link RestoreJournal} before anything runs so it can always be put back.
 */
public final class WanFailure {

    /** How a WAN fails. */
    public enum Kind {
        /** The client's interface goes down: the phone leaves Wi-Fi. */
        WAN_DOWN("wan-down"),
        /** The link stays up, the WAN's router drops everything on it: still associated, but dead. */
        BLACKHOLE("blackhole"),
        /** The WAN's endpoint becomes a backup; the other WANs go down and it must take over. */
        BACKUP("backup");

        public final String word;

        Kind(String word) {
            this.word = word;
        }

        public static Optional<Kind> of(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }

        public static List<String> words() {
            return Arrays.stream(values()).map(k -> k.word).toList();
        }
    }

    private final LabLayout layout;
    private final String what;
    private final List<NsCommand> setup;
    private final List<NsCommand> fail;
    private final List<Fact> setupFound;
    private final List<Fact> failFound;

    private WanFailure(LabLayout layout, String what, List<Failures.Change> setup, List<Failures.Change> fail) {
        this.layout = layout;
        this.what = what;
        this.setup = setup.stream().flatMap(c -> c.commands().stream()).toList();
        this.fail = fail.stream().flatMap(c -> c.commands().stream()).toList();
        this.setupFound = setup.stream().flatMap(c -> c.found().stream()).toList();
        this.failFound = fail.stream().flatMap(c -> c.found().stream()).toList();
    }

    /**
     * Plans kind on target: for wan-down and blackhole target fails; for backup target's
     * endpoint becomes a backup and the others go down. A lab not in the state to start from is
     * a one-line error saying what to do.
     */
    public static WanFailure plan(LabLayout layout, Kind kind, WanLink target, List<WanLink> others, String what)
            throws CommandException {
        try (KernelView now = new KernelView()) {
            List<Failures.Change> setup = new ArrayList<>();
            List<Failures.Change> fail = new ArrayList<>();
            switch (kind) {
                case WAN_DOWN -> fail.add(Failures.linkDown(target, now));
                case BLACKHOLE -> {
                    now.requireLink(target.netns(), target.wan().device());
                    fail.add(Failures.blackhole(target, now));
                }
                case BACKUP -> {
                    setup.add(Failures.backup(target, now));
                    for (WanLink o : others) {
                        fail.add(Failures.linkDown(o, now));
                    }
                }
                default -> throw new IllegalStateException(kind.toString());
            }
            return new WanFailure(layout, what, setup, fail);
        } catch (Failures.Refused e) {
            throw new CommandException(e.getMessage());
        } catch (IOException e) {
            throw new CommandException("cannot read the lab's WANs: " + e.getMessage() + "; is lab '" + layout.lab() + "' up?");
        }
    }

    /** Writes what the change found to the journal; call before {@link #setupCommands()} run. */
    public void record(RestoreJournal journal) throws CommandException {
        List<Fact> all = new ArrayList<>(setupFound);
        all.addAll(failFound);
        journal.begin(what, all);
    }

    public List<NsCommand> setupCommands() {
        return setup;
    }

    public List<NsCommand> failCommands() {
        return fail;
    }

    /** Ends the failure (the WAN comes back), leaving the setup (a backup flag) in place; returns the commands run. */
    public List<String> restoreFailure(Consumer<String> show) throws CommandException {
        return RestoreJournal.restore(layout, failFound, show);
    }

    /** Puts everything back as it was found; returns the commands run. */
    public List<String> restoreAll(Consumer<String> show) throws CommandException {
        List<Fact> all = new ArrayList<>(setupFound);
        all.addAll(failFound);
        return RestoreJournal.restore(layout, all, show);
    }
}
