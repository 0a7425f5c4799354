package dev.mpsh;

import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.StdStreams;
import dev.mpsh.output.Style;
import dev.mpsh.repl.ConsoleLoop;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code mpsh [--lab NAME] [--scenario NAME] [-v] [-c "CMD; CMD"] [FILE]}. */
public final class Main {
    static final String USAGE = """
            usage: mpsh [--lab NAME] [--confine] [--scenario NAME] [-v] [--tui] [-c "CMD; CMD..."] [[--keep-going] FILE]
                   mpsh [--lab NAME] [--scenario NAME] replay TRANSCRIPT [--play] [--step] [--dry-run] [--trust] ...
                   mpsh --help | --version

            An interactive shell for troubleshooting Multipath TCP, on a real lab of Linux
            network namespaces built from a scenario. Without arguments it opens the shell.

              -c CMDS      run CMDS (separated by ';') and exit; stops at the first failure and
                           exits with its status
              FILE         run the commands in FILE, one per line, and exit; it stops at the
                           first failure unless --keep-going comes before FILE
              --lab NAME   drive the lab NAME: its namespaces are prefixed with NAME- so several
                           labs can share a host (default: the lab 'default', no prefix)
              --confine    with --lab: stay in that lab; the shell starts in its client namespace
                           and refuses, one line each, switching labs and entering or running in
                           another lab's namespaces or the host's (docs/class.md)
              --scenario NAME
                           build the lab from scenario NAME ('scenario list' shows them); a lab
                           that is up keeps the scenario it was built from, so later runs on
                           it need no --scenario (default: the scenario built into mpsh)
              replay ...   re-run a recorded transcript and verify it (see 'mpsh replay --help')
              -v           show the commands mpsh runs on your behalf
              --tui        open the full-screen dashboard first (q goes to the shell's prompt)
              --up         before opening the shell, bring the lab up if it is down
                           (the launcher passes it when you run plain 'sudo ./mpsh')
              --version    print the version and exit
              --help       print this help and exit

            Inside the shell, type 'help' for the commands.
            """;

    private Main() {
    }

    /** The text of {@code mpsh --help} (the man page's synopsis and options come from it). */
    public static String usage() {
        return USAGE;
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /**
     * {@code --up} (what the launcher passes when it opens the shell): a lab that is down is
     * brought up in its broken state first. A failure is reported and the shell opens anyway.
     */
    private static void bringUp(Dispatcher dispatcher, Session session, boolean terminal) {
        if (session.namespaces().labUp()) {
            StdStreams.OUT.println("The lab '" + session.labName() + "' is already up: type 'lab status' to see it.");
            return;
        }
        StdStreams.OUT.println("Bringing the lab up in its broken state...");
        CommandContext ctx = new CommandContext(session, dispatcher.registry(), StdStreams.OUT, StdStreams.ERR,
                () -> null, new Cancellation(), Style.detect(terminal), false);
        if (dispatcher.execute("lab up", ctx) == 0) {
            StdStreams.OUT.println("""
                    The lab is up, broken as the scenario says: 'lab status' shows it, 'help' lists
                    the commands, 'ns NAME' enters a namespace, Ctrl-D leaves (the lab stays up
                    until 'lab down'). New to MPTCP? 'walkthrough' guides you step by step.""");
        }
    }

    /**
     * Why the shell cannot start with this scenario, or null: an unknown --scenario is an error
     * for every run; a shell opened on a lab built from another scenario is one too (commands
     * such as 'lab down' still run with -c). Plugins that did not load are listed on stderr
     * when a shell opens, one line each.
     */
    private static String scenarioProblem(ScenarioSource scenario, String name, boolean opensShell) {
        if (name == null && !opensShell) {
            return null; // nothing to check: a -c run such as 'lab down' or 'help' loads no plugin it does not use
        }
        dev.mpsh.plugin.ScenarioCatalog catalog = dev.mpsh.plugin.ScenarioCatalog.installed();
        if (opensShell) {
            catalog.problems().forEach(p -> StdStreams.ERR.println("mpsh: plugin skipped: " + p));
        }
        if (name != null && catalog.find(name).isEmpty()) {
            try {
                scenario.get();
            } catch (dev.mpsh.command.CommandException e) {
                return e.getMessage();
            }
        }
        if (opensShell) {
            try {
                scenario.get();
            } catch (dev.mpsh.command.CommandException e) {
                return e.getMessage();
            }
        }
        return null;
    }

    /** The one line for an option mpsh does not take, with the closest one it does, as commands say it. */
    static String unknownOption(String a) {
        String hint = dev.mpsh.command.DidYouMean.hint(a, dev.mpsh.command.DidYouMean.options(USAGE));
        return "mpsh: unknown option '" + a + "'" + (hint.isEmpty() ? ";" : hint) + " see mpsh --help";
    }

    public static int run(String[] argv) {
        PrintStream out = StdStreams.OUT;
        PrintStream err = StdStreams.ERR;
        String lab = Session.DEFAULT_LAB;
        String commands = null;
        String file = null;
        boolean verbose = false;
        boolean up = false;
        boolean keepGoing = false;
        boolean tui = false;
        boolean confine = false;
        int labs = 0;
        String scenarioName = null;
        List<String> args = new ArrayList<>(List.of(argv));
        List<String> replay = null;
        for (int i = 0; i < args.size() && replay == null; i++) {
            String a = args.get(i);
            if (a.equals("replay") && file == null && commands == null) {
                // `mpsh replay FILE ...`: the rest are the replay command's own arguments.
                replay = new ArrayList<>(args.subList(i, args.size()));
                continue;
            }
            switch (a) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                case "--version", "-V" -> {
                    out.println("mpsh " + Version.get());
                    return 0;
                }
                case "--lab" -> {
                    if (i + 1 >= args.size()) {
                        err.println("mpsh: --lab needs a name, e.g. --lab t1");
                        return 2;
                    }
                    lab = args.get(++i);
                    labs++;
                }
                case "--scenario" -> {
                    if (i + 1 >= args.size()) {
                        err.println("mpsh: --scenario needs a name, e.g. --scenario fallback; 'mpsh -c \"scenario list\"' lists them");
                        return 2;
                    }
                    scenarioName = args.get(++i);
                }
                case "-c" -> {
                    if (i + 1 >= args.size()) {
                        err.println("mpsh: -c needs commands, e.g. -c \"lab up\"");
                        return 2;
                    }
                    commands = args.get(++i);
                }
                case "-v" -> verbose = true;
                case "--up" -> up = true;
                case "--keep-going" -> keepGoing = true;
                case "--tui" -> tui = true;
                case "--confine" -> confine = true;
                default -> {
                    if (a.startsWith("-")) {
                        err.println(unknownOption(a));
                        return 2;
                    }
                    if (file != null) {
                        err.println("mpsh: one script file at a time; see mpsh --help");
                        return 2;
                    }
                    file = a;
                }
            }
        }
        if (!LabNames.valid(lab)) {
            err.println("mpsh: lab name '" + Dispatcher.oneLine(lab) + "' is not valid; use 1-12 letters, digits or '-', starting with a letter");
            return 2;
        }
        if (confine && labs != 1) {
            err.println("mpsh: --confine needs exactly one --lab NAME, the lab to stay in, e.g. mpsh --lab t07 --confine");
            return 2;
        }
        Session session = new Session(lab);
        session.verbose(verbose);
        ScenarioSource scenario = new ScenarioSource(LabLayout.of(lab), scenarioName);
        session.namespaces(new LabNamespaces(LabLayout.of(lab), scenario));
        session.addAfterStatement(new dev.mpsh.lab.LabActivity.LastCommand(LabLayout.of(lab)));
        Dispatcher dispatcher = Commands.dispatcher(new dev.mpsh.ns.ChildProcessRunner());
        boolean terminal = System.console() != null;
        boolean opensShell = commands == null && file == null && replay == null;
        String unusable = scenarioProblem(scenario, scenarioName, opensShell);
        if (unusable != null) {
            err.println("mpsh: " + unusable);
            return 2;
        }
        if (confine) {
            // Programs never run in the host's namespace here: the shell starts in the lab's client side.
            session.guard(dev.mpsh.confine.Confinement.of(lab));
            dev.mpsh.api.Scenario sc = scenario.orNull();
            if (sc != null) {
                session.startIn(dev.mpsh.lab.ScenarioRoles.clientNamespace(sc));
            }
        }
        if (up && opensShell) {
            bringUp(dispatcher, session, terminal);
        }
        if (tui && (commands != null || file != null || replay != null || !terminal)) {
            err.println("mpsh: --tui needs a terminal and no -c, script or replay; run plain 'mpsh --tui' in a terminal");
            return 2;
        }
        if (commands == null && file == null && terminal) {
            // Only a shell that lasts watches from its start: a -c run exits before the
            // subscriptions would be ready, and its first 'subflows' starts them anyway.
            dev.mpsh.flows.FlowCollector.startWith(session);
            return Shell.interactive(dispatcher, session, out, err, tui ? "tui" : null);
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CommandContext ctx = new CommandContext(session, dispatcher.registry(), out, err, stdin::readLine,
                new Cancellation(), Style.detect(terminal), terminal);
        // Ctrl-C stops the running command (a child also gets it from the terminal), then the
        // statements or the script stop with it: never a half-run JVM exit.
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> ctx.cancellation().cancel());
        if (replay != null) {
            return dispatcher.run(replay, ctx);
        }
        if (commands != null) {
            int status = dispatcher.execute(commands, ctx);
            Integer exit = session.exitStatus();
            return exit != null ? exit : status;
        }
        if (file != null) {
            return Shell.script(dispatcher, ctx, java.nio.file.Path.of(file), keepGoing);
        }
        return new ConsoleLoop(dispatcher, ctx, stdin).run();
    }
}
