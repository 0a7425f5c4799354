package dev.mpsh.lab;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Session;
import dev.mpsh.plugin.InstalledScenario;
import dev.mpsh.plugin.ScenarioCatalog;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Which scenario a lab runs. A lab that is up runs the scenario its journal records (it was
 * built from it), so later commands need not be told again; a lab that is down gets the one
 * asked for ({@code --scenario NAME}), else the one built into mpsh. Once resolved, a source
 * keeps its choice: {@code lab reset} rebuilds the same scenario, and a lab rebuilt from
 * another one behind this shell's back is an error, not a silent switch.
 */
public final class ScenarioSource {
    private final LabLayout layout;
    private final String requested;
    private final Supplier<ScenarioCatalog> catalog;
    private InstalledScenario fixed;
    private String pinned;

    /** The built-in scenario, for no lab in particular. */
    public ScenarioSource() {
        this(null, null);
    }

    /**
     * @param layout    the lab whose journal says which scenario it was built from; null for none
     * @param requested the scenario asked for with --scenario; null for the lab's or the default
     */
    public ScenarioSource(LabLayout layout, String requested) {
        this(layout, requested, ScenarioCatalog::installed);
    }

    public ScenarioSource(LabLayout layout, String requested, Supplier<ScenarioCatalog> catalog) {
        this.layout = layout;
        this.requested = requested;
        this.catalog = catalog;
    }

    /** Always this scenario (tests, and scenarios loaded by other means). */
    public static ScenarioSource of(Scenario scenario) {
        return of(scenario, null);
    }

    /** The same with the plugin its resources (lesson texts) come from. */
    public static ScenarioSource of(Scenario scenario, ScenarioPlugin plugin) {
        ScenarioSource s = new ScenarioSource(null, null, () -> null);
        s.fixed = new InstalledScenario(plugin, scenario, "built-in", null, null);
        return s;
    }

    /** The scenario source of a session: its lab view's, else one for its lab made on first use. */
    public static ScenarioSource of(Session session) {
        if (session.namespaces() instanceof LabNamespaces view) {
            return view.source();
        }
        return session.service(ScenarioSource.class, () -> new ScenarioSource(LabLayout.of(session.labName()), null));
    }

    /** The scenario asked for with --scenario, or null. */
    public String requested() {
        return requested;
    }

    /** The lab's scenario with where it was installed from. */
    public synchronized InstalledScenario installed() throws CommandException {
        if (fixed != null) {
            return fixed;
        }
        ScenarioCatalog cat = catalog.get();
        String recorded = recorded();
        String want = pinned != null ? pinned : requested;
        if (recorded != null && want != null && !recorded.equals(want)) {
            throw new CommandException("lab '" + layout.lab() + "' was built from scenario '" + recorded + "', not '" + want
                    + "'; 'lab down' removes it (then 'lab up' builds " + want + "), or use another lab: --lab NAME");
        }
        String id = recorded != null ? recorded : want;
        InstalledScenario found;
        if (id == null) {
            found = cat.defaultScenario();
            if (found == null) {
                throw new CommandException(cat.ids().isEmpty() ? "no scenario is installed; reinstall mpsh"
                        : "no built-in scenario to default to; choose one with --scenario NAME (" + String.join(", ", cat.ids()) + ")");
            }
        } else {
            found = cat.find(id).orElseThrow(() -> new CommandException(missing(cat, id, recorded != null)));
        }
        pinned = found.id();
        return found;
    }

    /** The scenario: the lab's, the one asked for, or the built-in one. */
    public Scenario get() throws CommandException {
        return installed().scenario();
    }

    /** The plugin the scenario came from; null when it was given without one. */
    public ScenarioPlugin plugin() throws CommandException {
        return installed().plugin();
    }

    /** The scenario, or null when it cannot be read (for views that must not fail, e.g. completion). */
    public Scenario orNull() {
        try {
            return get();
        } catch (CommandException e) {
            return null;
        }
    }

    private String missing(ScenarioCatalog cat, String id, boolean recorded) {
        String what = recorded ? "lab '" + layout.lab() + "' was built from scenario '" + id + "', which is not installed now"
                : "no scenario '" + id + "'";
        return cat.problemOf(id).map(p -> what + ": its plugin did not load: " + p)
                .orElse(what + "; installed: " + String.join(", ", cat.ids())
                        + (cat.problems().isEmpty() ? "" : " ('scenario list' also shows the plugins that did not load)"));
    }

    /** The scenario id the lab's journal records, or null when the lab is down (or its journal unreadable). */
    private String recorded() {
        if (layout == null) {
            return null;
        }
        try {
            StateJournal.State state = new StateJournal(layout.stateFile()).read();
            return state == null ? null : state.scenario();
        } catch (IOException e) {
            return null; // 'lab status' and 'lab down' say what is wrong with it
        }
    }
}
