package dev.mpsh.plugin;

import dev.mpsh.api.Criterion;
import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.fix.Language;
import dev.mpsh.lab.ScenarioSource;
import java.util.ArrayList;
import java.util.List;

/** {@code scenario [list|show NAME]}: the scenarios mpsh can build a lab from. */
public final class ScenarioCommand implements Command {
    private final java.util.function.Supplier<ScenarioCatalog> catalog;

    public ScenarioCommand() {
        this(ScenarioCatalog::installed);
    }

    public ScenarioCommand(java.util.function.Supplier<ScenarioCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public String group() {
        return "lab";
    }

    @Override
    public String summary() {
        return "the scenarios a lab can be built from: list them, or show one";
    }

    @Override
    public List<String> subcommands() {
        return List.of("list", "show");
    }

    @Override
    public String help() {
        return """
                usage: scenario [list] [--names] [--json]
                       scenario show NAME [--lang en|ja] [--json]

                list   every scenario mpsh can build a lab from: its id, its title and where it
                       comes from ('built in', or the plugin's jar or directory); '*' marks the
                       one this lab runs. Plugins that did not load follow, one line each with
                       the file (and line) to fix. --names prints only the ids, one a line.
                show   one scenario: its namespaces, servers and fixes, what 'check' grades, and
                       the steps of its walkthrough.

                Scenarios come from mpsh itself and from two plugin directories only: the
                install's (plugins/ next to mpsh.jar) and yours ($XDG_CONFIG_HOME/mpsh/plugins,
                by default ~/.config/mpsh/plugins; under sudo, the invoking user's). A plugin is
                a jar or a plain scenario directory (NAME/NAME.scenario and its lessons); a
                directory that anyone but root or you can write to is refused. Writing one:
                docs/plugins.md. A lab is built from one with 'mpsh --lab NAME --scenario ID'
                and keeps it: later commands on that lab use it without being told.

                Exit status: 0; 2 for an unknown scenario or bad usage.

                examples:
                  scenario list
                  scenario show fallback
                  mpsh --lab b --scenario fallback
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = Language.take(rest, System.getenv());
        boolean names = rest.remove("--names");
        String sub = rest.isEmpty() ? "list" : rest.remove(0);
        ScenarioCatalog cat = catalog.get();
        switch (sub) {
            case "list" -> {
                if (!rest.isEmpty()) {
                    throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: scenario list [--names] [--json]");
                }
                if (names) {
                    return Result.text(cat.ids().isEmpty() ? "" : String.join("\n", cat.ids()) + "\n");
                }
                return Result.ok(new ScenarioList(cat.scenarios(), cat.problems(), current(ctx), lang));
            }
            case "show" -> {
                if (rest.size() != 1) {
                    throw CommandException.usage("expected 'scenario show NAME', e.g. 'scenario show " + example(cat) + "'");
                }
                InstalledScenario s = cat.find(rest.get(0)).orElseThrow(() -> new CommandException(
                        "no scenario '" + rest.get(0) + "'" + cat.problemOf(rest.get(0)).map(p -> ": its plugin did not load: " + p)
                                .orElse("; installed: " + String.join(", ", cat.ids())), 2));
                return Result.ok(new ScenarioView(s, lang));
            }
            default -> throw CommandException.unknownSubcommand(sub, "expected list or show");
        }
    }

    private static String current(CommandContext ctx) {
        try {
            return ScenarioSource.of(ctx.session()).installed().id();
        } catch (CommandException e) {
            return null; // e.g. the lab was built from a scenario that is no longer installed
        }
    }

    private static String example(ScenarioCatalog cat) {
        return cat.ids().isEmpty() ? "NAME" : cat.ids().get(cat.ids().size() - 1);
    }

    /** The one-line form of a criterion for 'scenario show'. */
    static String criterion(Criterion c, String lang) {
        return (c.bonus() ? "bonus " : "") + c.id() + " (" + c.kind() + ", " + c.points() + "): " + c.title().in(lang);
    }

    static List<String> servers(Scenario sc) {
        return sc.servers().stream().map(s -> s.name() + " in " + s.namespace() + " (" + s.kind() + " " + s.listen() + ")").toList();
    }

    static List<String> fixes(Scenario sc, String lang) {
        return sc.fixes().stream().map((Fix f) -> f.id() + " [" + f.namespace() + "] " + f.title().in(lang)).toList();
    }

    static List<String> serverNames(Scenario sc) {
        return sc.servers().stream().map(Server::name).toList();
    }
}
