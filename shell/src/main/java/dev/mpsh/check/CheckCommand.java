package dev.mpsh.check;

import dev.mpsh.api.Check;
import dev.mpsh.api.Criterion;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.TransferSpec;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.drill.DrillRun;
import dev.mpsh.fix.Language;
import dev.mpsh.fix.ProbeEvaluator;
import dev.mpsh.fix.ProbeResult;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.Wrap;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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

    /** What the criteria that move data do to the lab, and what they cost. */
    private static final String TRANSFERS = "After the connections, a criterion of kind bulk-share runs a short bulk echo "
            + "transfer of its own (as 'client --bulk' does) and one of kind drill runs a drill: a WAN fails mid-transfer, "
            + "then the lab is put back as it was, whatever happens ('drill --help'). Each adds its transfer's length to the check.";

    @Override
    public String help() {
        return help(null);
    }

    /** The criteria and the connections are the scenario's check section, so the help lists them. */
    @Override
    public String help(Scenario scenario) {
        Check c = scenario == null ? null : scenario.check();
        String what;
        if (c == null) {
            what = """
                    Grades the lab as its scenario's end state demands, with real connections:
                    from the scenario's client side it connects over MPTCP to the address the
                    scenario names, again and again until every backend has served one, sends an
                    echo, and reads the path manager's events in the client and in the backends.
                    Each criterion prints PASS or FAIL with what was expected and what was found,
                    then the score. The criteria come from the scenario's check section.

                    """ + Wrap.text(TRANSFERS, "", "") + "\n";
        } else {
            List<String> backends = c.backends().stream().map(Check.Backend::server).toList();
            StringBuilder b = new StringBuilder();
            b.append(Wrap.text("Grades the lab as the scenario's end state demands, with real connections: from "
                    + c.namespace() + " it connects to " + c.address() + ":" + c.port() + " over MPTCP again and again (at most "
                    + c.attempts() + " times in " + seconds(c.withinMillis()) + ")"
                    + (backends.isEmpty() ? "" : " until each backend (" + String.join(", ", backends) + ") has served one")
                    + ", sends an echo, and reads the path manager's events on both sides. Each criterion prints PASS or FAIL "
                    + "with what was expected and what was found:", "", "")).append('\n');
            int n = 0;
            for (Criterion cr : c.criteria()) {
                String label = cr.bonus() ? "bonus:" : ++n + ".";
                String prefix = "  " + label + " ";
                b.append(Wrap.text(cr.title().en() + (cr.bonus() ? " (" + cr.points() + " points)" : ""), prefix,
                        " ".repeat(prefix.length()))).append('\n');
            }
            b.append(Wrap.text("then the score. The criteria come from the scenario's check section ('scenario show "
                    + scenario.id() + "' lists them with their kinds).", "", "")).append('\n');
            long moving = c.criteria().stream().filter(cr -> List.of("bulk-share", "drill").contains(cr.kind())).count();
            if (moving > 0) {
                b.append('\n').append(Wrap.text(TRANSFERS, "", "")).append('\n');
            }
            what = b.toString();
        }
        return "usage: check [--json] [--lang en|ja]\n\n" + what + """

                Exit status: 0 when the end state holds (every criterion but the bonus passed),
                1 when it does not, 2 on bad usage. A lab that is down is an error (1), and
                so is a server of the lab that is down: check says which ('lab up' restarts
                it) and grades nothing, since its connections would fail for that alone.

                examples:
                  check
                  check --json
                  check --lang ja
                """;
    }

    /** 10 s, 1.5 s. */
    public static String seconds(long millis) {
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = Language.take(rest, System.getenv());
        if (!rest.isEmpty()) {
            throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: check [--json] [--lang en|ja]");
        }
        LabLayout layout = LabLayout.of(ctx.session().labName());
        CheckReport report = grade(ScenarioSource.of(ctx.session()).get(), layout, ctx, lang);
        dev.mpsh.lab.LabActivity.recordCheck(layout, report.score(), report.max(), report.passed());
        return new Result(report.passed() ? 0 : 1, report);
    }

    /**
     * The criteria that move data, in their order, after the connections (whose counters they
     * would otherwise disturb): a bulk transfer for each bulk-share, a drill for each drill.
     */
    private static Grader.Transfers transfers(Scenario sc, Check check, LabLayout layout, CommandContext ctx) throws IOException {
        Map<String, ShareReading> shares = new HashMap<>();
        Map<String, DrillRun.Outcome> drills = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        InetSocketAddress target = new InetSocketAddress(InetAddress.getByName(check.address()), check.port());
        for (Criterion c : check.criteria()) {
            if (ctx.cancellation().isCancelled()) {
                errors.put(c.id(), "not run: check was stopped (Ctrl-C)");
            } else if (c.kind().equals("bulk-share")) {
                shares.put(c.id(), ShareMeter.measure(check, layout, TransferSpec.BulkShare.of(c.args()), ctx.cancellation()));
            } else if (c.kind().equals("drill")) {
                TransferSpec.Drill d = TransferSpec.Drill.of(c.args());
                try {
                    drills.put(c.id(), DrillRun.run(ctx, sc, d.kind(), d.wan(), d.atMillis(), d.lengthMillis(), target));
                } catch (CommandException e) {
                    errors.put(c.id(), e.getMessage());
                }
            }
        }
        return new Grader.Transfers(shares, drills, errors);
    }

    /** Runs the check's connections and grades them; the lab must be up. */
    public static CheckReport grade(Scenario sc, LabLayout layout, CommandContext ctx, String lang) throws CommandException {
        Check check = sc.check();
        if (check == null) {
            throw new CommandException("scenario '" + sc.id() + "' has no check section; nothing to grade");
        }
        LabWriter lab = new LabWriter(layout);
        lab.requireUp();
        // A dead server fails every connection the load balancer sends to it: grading the
        // fixes then would blame them for it, so that is the one thing to say.
        List<String> down = lab.serversDown();
        if (!down.isEmpty()) {
            throw new CommandException(String.join("; ", down));
        }
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
            Grader.Transfers transfers = transfers(sc, check, layout, ctx);
            return new CheckReport(new Grader(check).grade(attempts, results, grown, transfers), attempts, lang);
        } catch (IOException e) {
            throw new CommandException("cannot check the lab: " + e.getMessage());
        }
    }
}
