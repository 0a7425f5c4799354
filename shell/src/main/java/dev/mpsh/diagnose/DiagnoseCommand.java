package dev.mpsh.diagnose;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.fix.Language;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.lab.ScenarioSource;
import java.util.ArrayList;
import java.util.List;

/** {@code diagnose [--json] [--lang en|ja]}: what is broken in the live lab, why, and how to see it. */
public final class DiagnoseCommand implements Command {

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public String group() {
        return "troubleshoot";
    }

    @Override
    public String summary() {
        return "say what is broken and why, with evidence you can check by hand";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: diagnose [--json] [--lang en|ja]

                Reads the live lab and names what is broken. For each fix that is not in
                place it shows the namespace, each setting that differs (expected vs found)
                with the command that shows it by hand, why it matters, and live evidence
                gathered while a few real connections are attempted from %1$s: a short
                tcpdump capture (e.g. replies that enter a router but never leave it) or a
                kernel counter (e.g. Ip:InAddrErrors growing where packets arrive for an
                address the namespace does not own, or the MPTcpExt counters of 'counters':
                MP_CAPABLE SYNs counted by a server while the client counts no SYN-ACK). What
                to capture and count comes from the scenario. Several faults are reported at
                once; a fix that needs another one first says so.

                It takes a few seconds (at most 8 connection attempts).
                A server of the lab that is down is said first, on stderr, before the
                findings ('lab up' restarts it); --json lists it in "servers_down".
                Exit status: 0 nothing broken, 1 something is, 2 bad usage; a lab that is
                down is an error (1).

                examples:
                  diagnose
                  diagnose --lang ja
                  diagnose --json
                """.formatted(e.client());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = Language.take(rest, System.getenv());
        if (!rest.isEmpty()) {
            throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: diagnose [--json] [--lang en|ja]");
        }
        LabLayout layout = LabLayout.of(ctx.session().labName());
        LabWriter lab = new LabWriter(layout);
        lab.requireUp();
        // Said first, before the findings: a dead server explains failures no setting does.
        List<String> down = lab.serversDown();
        for (String line : down) {
            ctx.err().println("diagnose: " + line);
        }
        ctx.err().flush();
        DiagnoseReport report = new DiagnoseReport(Diagnosis.run(ScenarioSource.of(ctx.session()).get(), layout, ctx.cancellation()),
                lang, down);
        return new Result(report.healthy() && down.isEmpty() ? 0 : 1, report);
    }
}
