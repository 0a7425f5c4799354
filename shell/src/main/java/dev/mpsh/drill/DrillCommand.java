package dev.mpsh.drill;

import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.wan.RestoreJournal;
import java.util.ArrayList;
import java.util.List;

/** {@code drill wan-down|blackhole|backup WAN [...]} and {@code drill restore}: the handover drill. */
public final class DrillCommand implements Command {
    @Override
    public String name() {
        return "drill";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "fail a WAN in the middle of a bulk transfer and measure the handover";
    }

    @Override
    public List<String> subcommands() {
        return List.of("wan-down", "blackhole", "backup", "restore");
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        List<String> w = ScenarioRoles.wanDevices(scenario);
        String a = w.isEmpty() ? "WAN" : w.get(0);
        String b = w.size() > 1 ? w.get(1) : a;
        return """
                usage: drill wan-down|blackhole|backup WAN [--at DURATION] [--for DURATION]
                             [--length DURATION] [-addr HOST:PORT] [-v] [--json]
                       drill restore

                The handover drill: a bulk echo transfer over one MPTCP connection from the
                client side (to the scenario's traffic address, or -addr), and at --at one WAN
                fails. WAN is a client interface or its label, as 'lab shape' shows them.
                  wan-down   the client's interface goes down (the phone leaves Wi-Fi)
                  blackhole  the link stays up, but the WAN's router drops everything on it
                             (still associated, but dead: stale-subflow detection must notice)
                  backup     WAN's MPTCP endpoint is marked backup before connecting; it should
                             carry almost nothing (< 5%) while the other WANs work, and take the
                             traffic when they go down at --at
                The failure lasts --for (then the WAN comes back and the drill shows whether
                its subflows carry traffic again), or until the end of the transfer.

                  --at DURATION      when the WAN fails (default 3s)
                  --for DURATION     how long it stays failed (default: to the end)
                  --length DURATION  how long data is sent (default 8s, longer when --for needs it)
                  -v                 also show each command as typed on the host

                The commands it runs (and the ones that restore the lab) print as they run, like
                a fix's. Then: a timeline of the bytes each subflow moved per 100 ms, the bytes
                per WAN before, during and after the failure, the longest stall of the echo, the
                time until the other WAN carried the traffic, whether every byte came back
                unchanged, and a verdict. When no other WAN took over, it lists the fixes that
                are not in place, as 'diagnose' does.

                The drill restores what it changed, as it found it, whatever happens: at the end,
                after an error or Ctrl-C, and when the shell is asked to exit. Before changing
                anything it records what it found; if the shell was killed outright, the next
                drill (or 'drill restore') puts the lab back first, and 'lab status' says so.
                Exit status: 0 survived, 1 stalled or lost bytes, 2 bad usage, 130 Ctrl-C.

                examples:
                  drill wan-down {A}
                  drill blackhole {A} --at 2s --for 4s
                  drill backup {B} --json
                  drill restore
                """.replace("{A}", a).replace("{B}", b);
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("restore")) {
            if (rest.size() > 1) {
                throw CommandException.usage("unexpected '" + rest.get(1) + "'; usage: drill restore");
            }
            LabLayout layout = LabLayout.of(ctx.session().labName());
            new LabWriter(layout).requireUp();
            RestoreJournal journal = new RestoreJournal(layout);
            if (journal.pending() == null) {
                return Result.text("nothing to restore: no drill left the lab changed");
            }
            Drill.restoreLeftovers(journal, line -> {
                ctx.out().println(line);
                ctx.out().flush();
            });
            return Result.text("the lab is as the drill found it");
        }
        DrillOptions o = DrillOptions.parse(rest);
        DrillReport report = new Drill(ctx, ScenarioSource.of(ctx.session()).get(), o).run();
        return new Result(report.status(), report);
    }
}
