package dev.mpsh.tui;

import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Namespaces;
import dev.mpsh.fix.FixCatalog;
import dev.mpsh.fix.FixStatus;
import dev.mpsh.fix.LabFixes;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioSource;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fixes pane over the fix service: each fix's state from its probes against the live
 * kernel, and a toggle that runs {@code fix toggle --with-deps ID} through the shell's
 * dispatcher, so the pane does exactly what typing it would do and the log shows the same
 * commands.
 */
final class LabFixRows implements FixRows {
    static final String LAB_DOWN = "lab down";
    static final String UNKNOWN = "unknown";

    private final ScenarioSource scenario;
    private final Dispatcher dispatcher;
    private final LabLayout layout;
    private final Supplier<Namespaces> namespaces;

    LabFixRows(ScenarioSource scenario, Dispatcher dispatcher, LabLayout layout, Supplier<Namespaces> namespaces) {
        this.scenario = scenario;
        this.dispatcher = dispatcher;
        this.layout = layout;
        this.namespaces = namespaces;
    }

    @Override
    public List<FixRow> rows() {
        Scenario sc = scenario.orNull();
        if (sc == null) {
            return List.of();
        }
        Namespaces ns = namespaces.get();
        if (ns == null || !ns.labUp()) {
            return sc.fixes().stream().map(f -> new FixRow(f.id(), f.namespace(), f.title().en(), LAB_DOWN)).toList();
        }
        try {
            return LabFixes.statuses(new FixCatalog(sc), layout).stream().map(LabFixRows::row).toList();
        } catch (CommandException e) {
            // the lab went down while probing, or a namespace is missing: say so on every row
            return sc.fixes().stream().map(f -> new FixRow(f.id(), f.namespace(), f.title().en(), UNKNOWN)).toList();
        }
    }

    private static FixRow row(FixStatus s) {
        return new FixRow(s.fix().id(), s.fix().namespace(), s.fix().title().en(), s.state().word());
    }

    @Override
    public int toggle(String id, CommandContext ctx) {
        return dispatcher.run(List.of("fix", "toggle", "--with-deps", id), ctx);
    }
}
