package dev.mpsh.fix;

import dev.mpsh.api.Fix;
import dev.mpsh.api.NsCommand;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies and reverts fixes. Everything is validated against the live state before any command
 * runs; the commands are shown as they run; when one fails, what this invocation changed is
 * undone (the failed fix's own revert, then the others' in reverse order), so nothing is left
 * half-applied.
 */
public final class FixRunner {
    /** What a request amounts to: fixes to run, in order, and notes (e.g. "already applied"). */
    public record Plan(List<Fix> fixes, List<String> notes) {
    }

    private final FixCatalog catalog;
    private final LabWriter writer;
    private final Consumer<String> show;
    private final Consumer<String> showHost;

    /** @param show told each command as {@code [NS] command} before it runs */
    public FixRunner(FixCatalog catalog, LabWriter writer, Consumer<String> show) {
        this(catalog, writer, show, line -> { });
    }

    /** @param showHost also told the same command as typed on the host ({@code ip -n NETNS ...}), for -v */
    public FixRunner(FixCatalog catalog, LabWriter writer, Consumer<String> show, Consumer<String> showHost) {
        this.catalog = catalog;
        this.writer = writer;
        this.show = show;
        this.showHost = showHost;
    }

    /**
     * Shows and runs one command, endpoint ids looked up first. One whose endpoint is not there
     * has nothing to delete and is skipped: an apply that replaces the endpoint of an address
     * deletes it only when someone added one by hand.
     */
    private void runOne(String prefix, NsCommand c) throws CommandException {
        NsCommand resolved = writer.resolve(c);
        if (resolved == null) {
            return;
        }
        announce(prefix, resolved);
        writer.run(resolved);
    }

    private void announce(String prefix, NsCommand c) {
        show.accept(prefix + LabWriter.shown(c));
        showHost.accept(writer.hostForm(c));
    }

    /** Fixes to apply for targets: requirements first; applied ones are noted and skipped. */
    public Plan planApply(List<Fix> targets, boolean withDeps, Map<String, FixState> now) throws CommandException {
        Set<String> targetIds = new LinkedHashSet<>();
        targets.forEach(t -> targetIds.add(t.id()));
        Set<Fix> chosen = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (Fix t : targets) {
            if (now.get(t.id()) == FixState.APPLIED) {
                notes.add(t.id() + " is already applied; nothing to do");
                continue;
            }
            addWithRequirements(t, withDeps, targetIds, now, chosen);
        }
        return new Plan(catalog.inDependencyOrder(chosen), notes);
    }

    private void addWithRequirements(Fix f, boolean withDeps, Set<String> targetIds, Map<String, FixState> now,
                                     Set<Fix> chosen) throws CommandException {
        for (String r : f.requires()) {
            if (now.get(r) == FixState.APPLIED || targetIds.contains(r)) {
                continue;
            }
            if (!withDeps) {
                throw new CommandException("fix '" + f.id() + "' requires '" + r + "', which is not applied; apply it first or use 'fix apply --with-deps " + f.id() + "'");
            }
            addWithRequirements(catalog.get(r), true, targetIds, now, chosen);
        }
        chosen.add(f);
    }

    /** Fixes to revert for targets: what requires them first; a target that is not applied is an error. */
    public Plan planRevert(List<Fix> targets, boolean withDeps, Map<String, FixState> now) throws CommandException {
        Set<String> targetIds = new LinkedHashSet<>();
        targets.forEach(t -> targetIds.add(t.id()));
        Set<Fix> chosen = new LinkedHashSet<>();
        for (Fix t : targets) {
            if (now.get(t.id()) == FixState.NOT_APPLIED) {
                throw new CommandException("fix '" + t.id() + "' is not applied; nothing to revert ('fix list' shows what is)");
            }
            addWithDependents(t, withDeps, targetIds, now, chosen);
        }
        List<Fix> order = new ArrayList<>(catalog.inDependencyOrder(chosen));
        Collections.reverse(order);
        return new Plan(order, List.of());
    }

    private void addWithDependents(Fix f, boolean withDeps, Set<String> targetIds, Map<String, FixState> now,
                                   Set<Fix> chosen) throws CommandException {
        for (Fix d : catalog.dependents(f)) {
            // Only a dependent that is in place holds its requirement; one that is partly there
            // (its probes overlap the requirement's, say) is no reason to refuse.
            if (now.get(d.id()) != FixState.APPLIED || targetIds.contains(d.id())) {
                continue;
            }
            if (!withDeps) {
                throw new CommandException("fix '" + d.id() + "' requires '" + f.id() + "' and is applied; revert it first or use 'fix revert --with-deps " + f.id() + "'");
            }
            addWithDependents(d, true, targetIds, now, chosen);
        }
        chosen.add(f);
    }

    /** Runs each fix's apply commands in order; on failure undoes this run's changes and throws. */
    public void apply(List<Fix> fixes, Map<String, FixState> before) throws CommandException {
        run(fixes, before, true);
    }

    /** Runs each fix's revert commands in order; on failure re-applies what this run reverted and throws. */
    public void revert(List<Fix> fixes, Map<String, FixState> before) throws CommandException {
        run(fixes, before, false);
    }

    private void run(List<Fix> fixes, Map<String, FixState> before, boolean applying) throws CommandException {
        List<Fix> done = new ArrayList<>();
        for (Fix f : fixes) {
            try {
                for (NsCommand c : applying ? f.apply() : f.revert()) {
                    runOne("", c);
                }
            } catch (CommandException e) {
                // The failed fix is undone only when this run is what put part of it there.
                FixState untouched = applying ? FixState.NOT_APPLIED : FixState.APPLIED;
                if (before.get(f.id()) == untouched) {
                    undo(f, applying);
                }
                for (int i = done.size() - 1; i >= 0; i--) {
                    undo(done.get(i), applying);
                }
                throw new CommandException(e.getMessage() + (done.isEmpty() && before.get(f.id()) != untouched
                        ? "" : "; undid this command's changes") + "; see 'fix show " + f.id() + "'");
            }
            done.add(f);
        }
    }

    /** Best effort: a command of the undo that fails is shown and the rest still run. */
    private void undo(Fix f, boolean applying) {
        for (NsCommand c : applying ? f.revert() : f.apply()) {
            try {
                runOne("undo: ", c);
            } catch (CommandException e) {
                show.accept("  (" + e.getMessage() + ")");
            }
        }
    }
}
