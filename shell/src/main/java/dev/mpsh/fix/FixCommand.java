package dev.mpsh.fix;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Fix;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Probe;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import dev.mpsh.output.Wrap;
import dev.mpsh.lab.ScenarioSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code fix [list|apply|revert|toggle|show]}: the scenario's fixes as toggles on the live lab. */
public final class FixCommand implements Command {
    private final Map<String, String> env;

    public FixCommand() {
        this(System.getenv());
    }

    FixCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "fix";
    }

    @Override
    public String group() {
        return "troubleshoot";
    }

    @Override
    public String summary() {
        return "list, apply, revert and explain the scenario's fixes on the live lab";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "apply", "revert", "toggle", "show");
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: fix [list] [--json] [--lang en|ja]
                       fix apply [-v] [--with-deps] ID... | fix apply [-v] --all
                       fix revert [-v] [--with-deps] ID... | fix revert [-v] --all
                       fix toggle [-v] [--with-deps] ID
                       fix show ID [--lang en|ja]

                list     every fix with its state read from the kernel now: applied (all its
                         probes hold), partly (some do) or not applied. A fix typed by hand shows
                         as applied; one undone by hand shows as not applied.
                apply    runs the fix's commands in its namespace, printing each as [NS] command,
                         then the new state. A fix that is already applied is skipped (status 0).
                         A fix whose requirement is missing is refused; --with-deps applies the
                         requirement first. --all applies every fix in dependency order.
                revert   runs the inverse commands. Reverting a fix that is not applied is an
                         error; so is reverting one another applied fix requires (unless
                         --with-deps, which reverts that one first).
                toggle   reverts an applied fix, applies any other.
                show     the fix's namespace, commands, probes and why it is needed.

                Everything is checked before anything runs; if a command fails midway, what
                this invocation changed is undone. -v also shows each command as typed on the
                host (ip -n NETNS ..., ip netns exec NETNS sysctl ...). Texts follow --lang,
                else LC_ALL/LC_MESSAGES/LANG (ja* is Japanese).
                Exit status: 0 done, 1 refused or failed (nothing changed), 2 bad usage.

                examples:
                  fix
                  fix apply %1$s
                  fix apply --with-deps %2$s
                  fix toggle %1$s
                  fix show %2$s --lang ja
                  fix list --json
                """.formatted(e.fix(), e.fixWithDeps());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = Language.take(rest, env);
        boolean all = rest.remove("--all");
        boolean withDeps = rest.remove("--with-deps");
        boolean verbose = rest.remove("-v") || ctx.session().verbose();
        String sub = rest.isEmpty() ? "list" : rest.remove(0);
        for (String a : rest) {
            if (a.startsWith("-")) {
                throw CommandException.unknownOption(a, "see 'fix --help'");
            }
        }
        FixCatalog catalog = new FixCatalog(ScenarioSource.of(ctx.session()).get());
        LabWriter writer = new LabWriter(LabLayout.of(ctx.session().labName()));
        switch (sub) {
            case "list" -> {
                noIds(rest, "fix list");
                return Result.ok(new FixList(catalog, listStates(catalog, writer), lang));
            }
            case "show" -> {
                if (rest.size() != 1) {
                    throw CommandException.usage("expected 'fix show ID', e.g. 'fix show " + (catalog.all().isEmpty() ? "ID" : catalog.all().get(0).id()) + "'");
                }
                return Result.text(show(catalog.get(rest.get(0)), writer, lang));
            }
            case "apply", "revert", "toggle" -> {
                return change(ctx, sub, targets(catalog, rest, all, sub), all, withDeps, verbose, catalog, writer);
            }
            default -> throw CommandException.unknownSubcommand(sub, "expected list, apply, revert, toggle or show");
        }
    }

    private static List<Fix> targets(FixCatalog catalog, List<String> ids, boolean all, String sub) throws CommandException {
        if (all && sub.equals("toggle")) {
            throw CommandException.usage("toggle takes one fix id, not --all");
        }
        if (all && !ids.isEmpty()) {
            throw CommandException.usage("give fix ids or --all, not both");
        }
        if (all) {
            return catalog.all();
        }
        if (ids.isEmpty()) {
            throw CommandException.usage("fix " + sub + " needs a fix id, e.g. 'fix " + sub + " "
                    + (catalog.all().isEmpty() ? "ID" : catalog.all().get(0).id()) + "'; 'fix list' shows them");
        }
        if (sub.equals("toggle") && ids.size() != 1) {
            throw CommandException.usage("toggle takes exactly one fix id");
        }
        List<Fix> out = new ArrayList<>();
        for (String id : ids) {
            Fix f = catalog.get(id); // validates every id before anything runs
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private Result change(CommandContext ctx, String sub, List<Fix> targets, boolean everyFix, boolean withDeps,
                          boolean verbose, FixCatalog catalog, LabWriter writer) throws CommandException {
        writer.requireUp();
        Map<String, FixState> before = LabFixes.states(LabFixes.statuses(catalog, writer.layout()));
        boolean applying = sub.equals("apply")
                || (sub.equals("toggle") && before.get(targets.get(0).id()) != FixState.APPLIED);
        List<Fix> wanted = targets;
        if (!applying && everyFix) {
            // revert --all: whatever is there, applied or partly; its order takes care of requirements
            wanted = targets.stream().filter(f -> before.get(f.id()) != FixState.NOT_APPLIED).toList();
        }
        FixRunner runner = new FixRunner(catalog, writer, line -> {
            ctx.out().println(line);
            ctx.out().flush();
        }, verbose ? line -> ctx.out().println(ctx.style().dim("+ " + line)) : line -> { });
        FixRunner.Plan plan = applying ? runner.planApply(wanted, withDeps, before) : runner.planRevert(wanted, withDeps, before);
        plan.notes().forEach(ctx.out()::println);
        if (applying) {
            runner.apply(plan.fixes(), before);
        } else {
            runner.revert(plan.fixes(), before);
        }
        if (plan.fixes().isEmpty()) {
            return Result.text(everyFix && !applying ? "no fix is applied; nothing to revert" : "");
        }
        Map<String, FixState> after = LabFixes.states(LabFixes.statuses(catalog, writer.layout()));
        StringBuilder sb = new StringBuilder();
        for (Fix f : plan.fixes()) {
            sb.append(f.id()).append(": ").append(after.get(f.id()).word()).append('\n');
        }
        return Result.text(sb.toString());
    }

    private static List<FixStatus> listStates(FixCatalog catalog, LabWriter writer) throws CommandException {
        try {
            writer.requireUp();
        } catch (CommandException down) {
            return null;
        }
        return LabFixes.statuses(catalog, writer.layout());
    }

    private static String show(Fix f, LabWriter writer, String lang) throws CommandException {
        FixStatus status = liveStatus(f, writer);
        StringBuilder sb = new StringBuilder();
        sb.append(f.id()).append(" — ").append(f.title().in(lang)).append('\n');
        sb.append(label("namespace", lang)).append(f.namespace()).append('\n');
        if (!f.requires().isEmpty()) {
            sb.append(label("requires", lang)).append(String.join(", ", f.requires())).append('\n');
        }
        sb.append(label("state", lang)).append(status == null ? "? (lab down)" : status.state().word()).append('\n');
        sb.append('\n').append(Wrap.text(f.explanation().in(lang), "", "")).append("\n\n");
        sb.append(label("apply", lang).strip()).append('\n');
        for (NsCommand c : f.apply()) {
            sb.append("  ").append(LabWriter.shown(c)).append('\n');
        }
        sb.append(label("revert", lang).strip()).append('\n');
        for (NsCommand c : f.revert()) {
            sb.append("  ").append(LabWriter.shown(c)).append('\n');
        }
        if (java.util.stream.Stream.concat(f.apply().stream(), f.revert().stream())
                .anyMatch(NsCommand::looksUpEndpoints)) {
            sb.append(Wrap.text("ja".equals(lang)
                    ? "({endpoint-id:ADDR} は実行時に調べるそのエンドポイントのID('ip mptcp endpoint show')。"
                            + "そのエンドポイントが無ければ、そのコマンドは削除するものが無いので実行しません。)"
                    : "({endpoint-id:ADDR} is that endpoint's id, looked up when the command runs, as"
                            + " 'ip mptcp endpoint show' shows it; a command whose endpoint is not there has nothing"
                            + " to delete and does not run.)", "  ", "  ")).append('\n');
        }
        sb.append(label("probes", lang).strip()).append('\n');
        for (int i = 0; i < f.probes().size(); i++) {
            Probe p = f.probes().get(i);
            sb.append("  ").append(Probes.expected(p)).append("   (").append(Probes.command(p, writer.layout().netnsName(p.namespace()))).append(')');
            if (status != null) {
                ProbeResult r = status.results().get(i);
                sb.append(r.holds() ? "  ok" : "  now: " + r.actual());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The fix's status now, or null when the lab is down. */
    private static FixStatus liveStatus(Fix f, LabWriter writer) throws CommandException {
        try {
            writer.requireUp();
        } catch (CommandException down) {
            return null;
        }
        try (ProbeEvaluator probes = new ProbeEvaluator(writer.layout()::netnsName)) {
            return FixStatus.of(f, probes);
        } catch (java.io.IOException e) {
            throw new CommandException("cannot read the lab's state: " + e.getMessage());
        }
    }

    private static String label(String key, String lang) {
        String ja = switch (key) {
            case "namespace" -> "名前空間";
            case "requires" -> "前提";
            case "state" -> "状態";
            case "apply" -> "適用コマンド:";
            case "revert" -> "取り消しコマンド:";
            default -> "確認(プローブ):";
        };
        String en = switch (key) {
            case "apply" -> "apply:";
            case "revert" -> "revert:";
            case "probes" -> "probes:";
            default -> key;
        };
        String text = "ja".equals(lang) ? ja : en;
        if (text.endsWith(":")) {
            return text + " ";
        }
        // Pad by display columns: a Japanese label is twice as wide as its length.
        String labelled = text + ":";
        return labelled + " ".repeat(Math.max(1, 11 - Wrap.width(labelled)));
    }

    private static void noIds(List<String> rest, String usage) throws CommandException {
        if (!rest.isEmpty()) {
            throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: " + usage);
        }
    }
}
