package dev.mpsh.lab;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code lab up|down|status|script|logs|reset|solve}: the lab's life cycle. */
public final class LabCommand implements Command {

    @Override
    public String name() {
        return "lab";
    }

    @Override
    public String group() {
        return "lab";
    }

    @Override
    public String summary() {
        return "build, inspect, reset, solve, shape and remove the lab (up, down, status, script, logs, reset, solve, shape)";
    }

    @Override
    public List<String> subcommands() {
        return List.of("up", "down", "status", "script", "logs", "reset", "solve", "shape");
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        List<String> wans = ScenarioRoles.wanDevices(scenario);
        String a = wans.isEmpty() ? "IF" : wans.get(0);
        String b = wans.size() > 1 ? wans.get(1) : a;
        return """
                usage: lab up [-v]
                       lab down [-v]
                       lab status [--json]
                       lab script setup|cleanup
                       lab logs SERVER
                       lab reset [-v]
                       lab solve
                       lab shape [-v] [IF RATE | --clear [IF]] [--json]

                up       builds the scenario's broken initial state from real namespaces, veth
                         pairs, routes, sysctls and nftables rules, then starts its servers and
                         waits until they accept. -v shows each command as you would type it.
                         If a step fails, everything built so far is removed again and the
                         error names the command. On a lab that is up, it restarts the
                         servers whose process is gone, and only them. Only one mpsh builds
                         or removes a lab at a time: another is told the lab is being built.
                down     stops the lab's servers and deletes its namespaces: exactly what 'lab up'
                         recorded, even if the shell was killed meanwhile or a namespace was
                         deleted by hand. Namespaces mpsh did not create are never touched.
                status   whether the lab is up; each namespace with its interfaces and addresses;
                         each server with its PID and whether it accepts connections; each WAN
                         with its link, blackhole, endpoint and shaping. A namespace or server
                         that is gone is said first, with what to do.
                script   prints a bash script that builds (setup) or removes (cleanup) the same
                         lab without mpsh.
                logs     prints a server's log, e.g. 'lab logs %1$s'.
                reset    back to the broken initial state: removes the lab and builds it again,
                         so whatever was changed (fixes, or anything typed by hand) is gone.
                         The echo servers are restarted. The lab must be up.
                solve    applies every fix of the scenario in dependency order, as
                         'fix apply --all' does, printing each command; fixes already in place
                         are left alone.
                shape    shapes a WAN (named by its client interface or its label) to RATE both
                         ways with tbf: on the client's interface and on the router's side of the
                         link, printing each command. RATE as tc writes it: 50mbit, 10mbit, 1gbit.
                         Without arguments it shows each WAN's state; --clear removes the shaping
                         of IF, or of every WAN. The shaping stays until cleared or 'lab reset'.

                The lab keeps running after you leave mpsh. With --lab NAME, its namespaces are
                named NAME-%2$s, NAME-%3$s, ... It is built from the scenario that
                --scenario names ('scenario list'), else the one built into mpsh, and keeps it
                until 'lab down': later commands on the lab use that scenario.

                examples:
                  lab up -v
                  lab status --json
                  lab script setup > setup_lab_net.sh
                  lab solve
                  lab shape {A} 50mbit
                  lab shape {B} 10mbit
                  lab shape --clear
                  lab reset
                """.formatted(e.server(), e.client(), e.other()).replace("{A}", a).replace("{B}", b);
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        boolean verbose = rest.remove("-v") || ctx.session().verbose();
        if (rest.isEmpty()) {
            throw CommandException.usage("needs a subcommand: up, down, status, script, logs, reset, solve or shape; see 'help lab'");
        }
        String sub = rest.remove(0);
        ScenarioSource scenario = ScenarioSource.of(ctx.session());
        LabEngine engine = new LabEngine(LabLayout.of(ctx.session().labName()), scenario);
        Consumer<String> show = verbose ? line -> ctx.out().println(ctx.style().dim("+ " + line)) : line -> { };
        switch (sub) {
            case "up" -> {
                none(rest, "lab up [-v]");
                return Result.text(engine.up(show, ctx.cancellation()::isCancelled));
            }
            case "down" -> {
                none(rest, "lab down [-v]");
                return Result.text(engine.down(show));
            }
            case "status" -> {
                none(rest, "lab status [--json]");
                LabStatus st = engine.status();
                if (!st.state().equals("down")) {
                    try {
                        st = st.withWans(dev.mpsh.wan.WanStatus.read(scenario.get(), engine.layout()));
                    } catch (java.io.IOException | CommandException e) {
                        // a half-gone lab: the namespaces above say what is missing
                    }
                }
                return Result.ok(st);
            }
            case "script" -> {
                if (rest.size() != 1 || !List.of("setup", "cleanup").contains(rest.get(0))) {
                    throw CommandException.usage("expected 'lab script setup' or 'lab script cleanup'");
                }
                LabLayout layout = engine.layout();
                return Result.text(rest.get(0).equals("setup")
                        ? LabScripts.setup(scenario.get(), layout) : LabScripts.cleanup(scenario.get(), layout));
            }
            case "logs" -> {
                if (rest.size() != 1) {
                    throw CommandException.usage("expected 'lab logs SERVER', e.g. 'lab logs "
                            + Examples.of(scenario.orNull()).server() + "'");
                }
                return Result.text(engine.log(rest.get(0)));
            }
            case "reset" -> {
                none(rest, "lab reset [-v]");
                // Rebuilding, rather than reverting fixes, also undoes changes no fix knows about.
                new LabWriter(engine.layout()).requireUp();
                scenario.get(); // what it was built from: the rebuild is the same scenario
                engine.down(show);
                return Result.text(engine.up(show, ctx.cancellation()::isCancelled) + "; back to the broken initial state");
            }
            case "solve" -> {
                none(rest, "lab solve");
                Command fix = ctx.registry().find("fix").orElseThrow(() -> new CommandException("this mpsh has no fix command"));
                return fix.run(ctx, List.of("apply", "--all"));
            }
            case "shape" -> {
                return shape(ctx, scenario, engine, rest, show, verbose);
            }
            default -> throw CommandException.unknownSubcommand(sub, "expected up, down, status, script, logs, reset, solve or shape");
        }
    }

    private Result shape(CommandContext ctx, ScenarioSource scenario, LabEngine engine, List<String> rest,
            Consumer<String> showHost, boolean verbose) throws CommandException {
        Consumer<String> show = line -> {
            ctx.out().println(line);
            ctx.out().flush();
        };
        dev.mpsh.wan.LabShape shape = new dev.mpsh.wan.LabShape(scenario.get(), engine.layout(), show,
                verbose ? showHost : line -> { });
        new LabWriter(engine.layout()).requireUp();
        boolean clear = rest.remove("--clear");
        for (String a : rest) {
            if (a.startsWith("-")) {
                throw CommandException.unknownOption(a, "usage: lab shape [-v] [IF RATE | --clear [IF]]");
            }
        }
        if (clear) {
            if (rest.size() > 1) {
                throw CommandException.usage("unexpected '" + rest.get(1) + "'; usage: lab shape --clear [IF]");
            }
            return Result.ok(shape.clear(rest.isEmpty() ? null : rest.get(0)));
        }
        return switch (rest.size()) {
            case 0 -> Result.ok(shape.status());
            case 2 -> Result.ok(shape.shape(rest.get(0), rest.get(1)));
            default -> throw CommandException.usage("expected 'lab shape IF RATE', e.g. 'lab shape "
                    + ScenarioRoles.wanDevices(scenario.get()).stream().findFirst().orElse("IF") + " 50mbit'; or 'lab shape --clear [IF]'");
        };
    }

    private static void none(List<String> rest, String usage) throws CommandException {
        if (!rest.isEmpty()) {
            throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: " + usage);
        }
    }
}
