package dev.mpsh.check;

import dev.mpsh.api.Check;
import dev.mpsh.api.Criterion;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.fix.Language;
import dev.mpsh.fix.ProbeEvaluator;
import dev.mpsh.fix.ProbeResult;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.lab.ScenarioSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code check [--json] [--lang en|ja]}: grades the scenario's end state on the live lab. */
public final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String group() {
        return "troubleshoot";
    }

    @Override
    public String summary() {
        return "grade the end state with real MPTCP connections (expected vs actual, score)";
    }

    @Override
    public String help() {
        return """
                usage: check [--json] [--lang en|ja]

                Grades the lab as the scenario's end state demands, with real connections: from
                the client it connects to 10.0.83.1:80 over MPTCP again and again (at most 16
                times in 10 s) until both app-1 and app-2 have served one, sends an echo, and
                reads the path manager's events in the client and in both backends. Each
                criterion prints PASS or FAIL with what was expected and what was found:
                  1. connected with MPTCP in use, echo round trip works
                  2. the initial subflow goes to 10.0.83.1:80
                  3. every additional subflow goes to 10.0.83.1 on one port (8081 or 8082)
                  4. additional subflows leave from both eth1 and eth2
                  5. app-1 and app-2 are both reached, each one's subflows on its own port
                  bonus: ARP care on the backends (50 points)
                then the score. The criteria come from the scenario's check section.

                Exit status: 0 when the end state holds (every criterion but the bonus passed),
                1 when it does not, 2 on bad usage. A lab that is down is an error (1).

                examples:
                  check
                  check --json
                  check --lang ja
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = Language.take(rest, System.getenv());
        if (!rest.isEmpty()) {
            throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: check [--json] [--lang en|ja]");
        }
        CheckReport report = grade(ScenarioSource.of(ctx.session()).get(), LabLayout.of(ctx.session().labName()), ctx, lang);
        return new Result(report.passed() ? 0 : 1, report);
    }

    /** Runs the check's connections and grades them; the lab must be up. */
    public static CheckReport grade(Scenario sc, LabLayout layout, CommandContext ctx, String lang) throws CommandException {
        Check check = sc.check();
        if (check == null) {
            throw new CommandException("scenario '" + sc.id() + "' has no check section; nothing to grade");
        }
        new LabWriter(layout).requireUp();
        try (ProbeEvaluator probes = new ProbeEvaluator(layout::netnsName);
             CounterWatch counters = CounterWatch.start(check.criteria(), layout)) {
            List<Attempt> attempts = new Prober(sc, check, layout, ctx.cancellation()).run(check.attempts(), check.withinMillis());
            Map<String, List<CounterGrowth>> grown = counters.growth();
            Map<String, List<ProbeResult>> results = new HashMap<>();
            for (Criterion c : check.criteria()) {
                if (!c.probes().isEmpty()) {
                    results.put(c.id(), probes.evaluate(c.probes()));
                }
            }
            return new CheckReport(new Grader(check).grade(attempts, results, grown), attempts, lang);
        } catch (IOException e) {
            throw new CommandException("cannot check the lab: " + e.getMessage());
        }
    }
}
