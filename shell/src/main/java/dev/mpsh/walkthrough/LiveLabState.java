package dev.mpsh.walkthrough;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Step;
import dev.mpsh.api.Wan;
import dev.mpsh.check.CheckCommand;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.fix.FixState;
import dev.mpsh.fix.FixStatus;
import dev.mpsh.fix.ProbeEvaluator;
import dev.mpsh.lab.LabLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The lab as the kernel has it now: fixes by their probes, the end state by the real check. */
final class LiveLabState implements LabState {
    private final Scenario scenario;
    private final LabLayout layout;

    LiveLabState(Scenario scenario, LabLayout layout) {
        this.scenario = scenario;
        this.layout = layout;
    }

    @Override
    public List<String> missingFixes(List<String> fixIds) throws CommandException {
        try (ProbeEvaluator probes = new ProbeEvaluator(layout::netnsName)) {
            List<String> missing = new ArrayList<>();
            for (String id : fixIds) {
                Fix fix = scenario.fix(id).orElseThrow(() -> new IllegalArgumentException("no fix " + id));
                if (FixStatus.of(fix, probes).state() != FixState.APPLIED) {
                    missing.add(id);
                }
            }
            return missing;
        } catch (IOException e) {
            throw new CommandException("cannot read the lab: " + e.getMessage() + "; is lab '" + layout.lab() + "' up ('lab status')?");
        }
    }

    @Override
    public List<String> failedCriteria(CommandContext ctx) throws CommandException {
        return CheckCommand.grade(scenario, layout, ctx, "en").failed();
    }

    @Override
    public HandoverWatch watch(Step.Handover handover) throws CommandException {
        Wan failed = scenario.wans().find(handover.failed()).orElseThrow();
        Wan takesOver = scenario.wans().find(handover.takesOver()).orElseThrow();
        try {
            return KernelHandoverWatch.start(layout.netnsName(failed.namespace()), failed.device(), takesOver.address());
        } catch (IOException e) {
            throw new CommandException("cannot watch the handover: " + e.getMessage() + "; is lab '" + layout.lab() + "' up ('lab status')?");
        }
    }
}
