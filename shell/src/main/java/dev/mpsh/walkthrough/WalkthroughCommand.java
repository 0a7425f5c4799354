package dev.mpsh.walkthrough;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioFormatException;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import dev.mpsh.fix.Language;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code walkthrough [--lang en|ja] [start|status|reset|hint|show|skip|back|stop]}. */
public final class WalkthroughCommand implements Command {
    static final List<String> SUBCOMMANDS = List.of("start", "status", "reset", "hint", "show", "skip", "back", "stop");

    private final Map<String, String> env;
    private final String home;

    public WalkthroughCommand() {
        this(System.getenv(), System.getProperty("user.home"));
    }

    /** With the environment and home that decide the language and where progress is kept. */
    public WalkthroughCommand(Map<String, String> env, String home) {
        this.env = env;
        this.home = home;
    }

    @Override
    public String name() {
        return "walkthrough";
    }

    @Override
    public String group() {
        return "training";
    }

    @Override
    public String summary() {
        return "step-by-step lessons that check each step on the live lab (en, ja)";
    }

    @Override
    public List<String> subcommands() {
        return SUBCOMMANDS;
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: walkthrough [--lang en|ja] [start|status|reset|hint|show|skip|back|stop]

                A guided lesson through the scenario: each step explains one idea with this lab's
                numbers, says what to look at, and asks you to change something. Type the
                commands yourself (e.g. '%1$s ip addr ...'); after every command mpsh reads the
                kernel and moves on when the step is done. Steps that already hold are marked
                done. Progress is kept per user and lab, so 'walkthrough' later resumes.

                  start      start or resume, and show the current step (the default)
                  status     every step: done, skipped or to do (--json works)
                  reset      start over at the first step (the lab is not changed)
                  hint       a hint; ask again for a stronger one, the third gives the commands
                  show       the exact commands of the current step
                  skip       pass over the current step
                  back       go back one step
                  stop       stop following commands in this shell (progress is kept)
                  --lang     en or ja; default: the saved choice, else LC_ALL/LC_MESSAGES/LANG

                hint, show, skip and back also work on their own.

                examples:
                  walkthrough
                  walkthrough --lang ja
                  walkthrough status
                """.formatted(e.serverNs());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        List<String> rest = new ArrayList<>(args);
        String lang = takeLang(rest);
        if (rest.size() > 1) {
            throw CommandException.usage("unexpected '" + rest.get(1) + "'; usage: walkthrough [--lang en|ja] [" + String.join("|", SUBCOMMANDS) + "]");
        }
        String sub = rest.isEmpty() ? "start" : rest.get(0);
        if (!SUBCOMMANDS.contains(sub)) {
            throw CommandException.unknownSubcommand(sub, "expected " + String.join(", ", SUBCOMMANDS));
        }
        Session session = ctx.session();
        Walkthrough w = Walkthrough.of(session);
        if (sub.equals("stop")) {
            if (w == null) {
                throw new CommandException("no walkthrough is running in this shell");
            }
            stop(session, w);
            return Result.text("The walkthrough stopped following your commands; 'walkthrough' resumes it.");
        }
        if (w == null) {
            w = begin(session);
            String text = w.start(lang, fromLocale(), ctx.style());
            if (sub.equals("start")) {
                return Result.text(text);
            }
        } else if (lang != null) {
            w.lang(lang);
        }
        return switch (sub) {
            case "start" -> Result.text(w.current(ctx.style()));
            case "status" -> Result.ok(w.status());
            case "reset" -> Result.text(w.reset(ctx.style()));
            default -> StepCommand.act(w, sub, ctx);
        };
    }

    /** Creates the session's walkthrough and hooks it after every statement. */
    private Walkthrough begin(Session session) throws CommandException {
        ScenarioSource scenario = ScenarioSource.of(session);
        Scenario sc = scenario.get();
        if (sc.lesson() == null) {
            throw new CommandException("scenario '" + sc.id() + "' has no lesson; nothing to walk through");
        }
        LabLayout layout = LabLayout.of(session.labName());
        if (!new LabNamespaces(layout, scenario).labUp()) {
            throw new CommandException("lab '" + session.labName() + "' is down; 'lab up' builds it in its broken state, then 'walkthrough' again");
        }
        ScenarioPlugin plugin = scenario.plugin();
        StepTexts texts = (step, l) -> {
            if (plugin == null) {
                throw new CommandException("scenario '" + sc.id() + "' was loaded without its plugin; its lesson texts cannot be read");
            }
            try {
                return plugin.stepText(step, l);
            } catch (ScenarioFormatException e) {
                throw new CommandException("lesson text error: " + e.getMessage());
            } catch (IOException e) {
                throw new CommandException("cannot read lesson text " + step.path(l) + ": " + e.getMessage() + "; reinstall mpsh");
            }
        };
        Walkthrough w = new Walkthrough(session.labName(), sc, texts, new LiveLabState(sc, layout),
                ProgressStore.forLab(session.labName(), env, home), layout::netnsName);
        session.attach(Walkthrough.class, w);
        session.addAfterStatement(w);
        return w;
    }

    private static void stop(Session session, Walkthrough w) {
        session.removeAfterStatement(w);
        session.attach(Walkthrough.class, null);
    }

    /** Removes {@code --lang X} from args; null when it is not there. */
    private String takeLang(List<String> args) throws CommandException {
        return args.contains("--lang") ? Language.take(args, env) : null;
    }

    /** The locale's language: LC_ALL, LC_MESSAGES or LANG starting with "ja" means Japanese. */
    private String fromLocale() throws CommandException {
        return Language.take(new ArrayList<>(), env);
    }
}
