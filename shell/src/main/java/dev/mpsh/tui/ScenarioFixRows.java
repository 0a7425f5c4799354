package dev.mpsh.tui;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.lab.ScenarioSource;
import java.util.List;

/**
 * The scenario's fix catalog for the fixes pane. A toggle runs {@code fix toggle --with-deps ID}
 * through the shell's dispatcher, so the pane does exactly what typing it would do and the log
 * shows the same commands.
 */
final class ScenarioFixRows implements FixRows {
    static final String UNKNOWN = "unknown";

    private final ScenarioSource scenario;
    private final Dispatcher dispatcher;

    ScenarioFixRows(ScenarioSource scenario, Dispatcher dispatcher) {
        this.scenario = scenario;
        this.dispatcher = dispatcher;
    }

    @Override
    public List<FixRow> rows() {
        Scenario sc = scenario.orNull();
        if (sc == null) {
            return List.of();
        }
        return sc.fixes().stream().map(f -> row(f, UNKNOWN)).toList();
    }

    static FixRow row(Fix f, String state) {
        return new FixRow(f.id(), f.namespace(), f.title().en(), state);
    }

    @Override
    public int toggle(String id, CommandContext ctx) {
        if (dispatcher.registry().find("fix").isEmpty()) {
            Dispatcher.error(ctx, "tui", "this build has no 'fix' command yet; apply the fix's commands in the command line");
            return 1;
        }
        return dispatcher.run(List.of("fix", "toggle", "--with-deps", id), ctx);
    }
}
