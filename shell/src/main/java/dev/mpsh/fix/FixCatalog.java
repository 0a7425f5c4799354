package dev.mpsh.fix;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A scenario's fixes by id: lookup with a suggestion, and dependency order. */
public final class FixCatalog {
    private final Scenario scenario;

    public FixCatalog(Scenario scenario) {
        this.scenario = scenario;
    }

    public List<Fix> all() {
        return scenario.fixes();
    }

    public List<String> ids() {
        return scenario.fixes().stream().map(Fix::id).toList();
    }

    /** The fix, or a one-line error suggesting the closest id. */
    public Fix get(String id) throws CommandException {
        return scenario.fix(id).orElseThrow(() -> new CommandException("unknown fix '" + id + "'"
                + DidYouMean.closest(id, ids()).map(c -> "; did you mean '" + c + "'? ").orElse("; ") + "'fix list' shows them all", 2));
    }

    /** These fixes, each after the fixes it requires (when those are among them), else in scenario order. */
    public List<Fix> inDependencyOrder(Collection<Fix> fixes) {
        Set<String> wanted = new LinkedHashSet<>();
        fixes.forEach(f -> wanted.add(f.id()));
        List<Fix> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Fix f : scenario.fixes()) {
            if (wanted.contains(f.id())) {
                place(f, wanted, placed, out);
            }
        }
        return out;
    }

    private void place(Fix f, Set<String> wanted, Set<String> placed, List<Fix> out) {
        if (!placed.add(f.id())) {
            return;
        }
        for (String r : f.requires()) {
            if (wanted.contains(r)) {
                place(scenario.fix(r).orElseThrow(), wanted, placed, out);
            }
        }
        out.add(f);
    }

    /** The fixes that require fix (directly). */
    public List<Fix> dependents(Fix fix) {
        return scenario.fixes().stream().filter(f -> f.requires().contains(fix.id())).toList();
    }
}
