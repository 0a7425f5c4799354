package dev.mpsh.classroom;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import dev.mpsh.lab.LabEngine;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@code class up|down|reset|status}: a training room of labs on this host (docs/class.md). */
public final class ClassCommand implements Command {
    private final Supplier<Dispatcher> dispatcher;

    /** @param dispatcher the shell's, which the board runs a lab's 'fix list' and 'diagnose' with */
    public ClassCommand(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Builds at once: each 'lab up' sets up its network holding the host's lock in turn and
     * then waits for its servers without it, so a few builders overlap those waits.
     */
    static final int BUILDERS = 4;

    @Override
    public String name() {
        return "class";
    }

    @Override
    public String group() {
        return "training";
    }

    @Override
    public String summary() {
        return "a training room: N labs side by side, and the instructor's board (up, down, reset, status, board)";
    }

    @Override
    public List<String> subcommands() {
        return ClassArgs.SUBCOMMANDS;
    }

    @Override
    public String help() {
        return """
                usage: class up N [--scenario S] [--prefix P] [--confine] [-v]
                       class down [--prefix P] [-v]
                       class reset LAB [-v]
                       class status [--prefix P] [--json]
                       class board [--prefix P] [--headless S]

                up       builds N labs (1 to 99) named P01 … PN (default prefix t: t01, t02, …),
                         each as 'lab up' builds it, a few at a time, and prints how each
                         trainee reaches theirs: 'sudo mpsh --lab t01', or with --confine the
                         confined command an SSH account's ForceCommand runs (docs/class.md). It
                         records the class next to the labs' state, so 'class down' removes
                         exactly its labs. A lab name already used by a lab outside the class
                         stops it before anything is built.
                down     removes every lab of the class and the class's record; labs that are
                         not in the class are never touched. With several classes up, --prefix
                         says which.
                reset    rebuilds one lab of a class in its broken initial state, as 'lab reset'
                         does (a lab someone took down is built again).
                status   the board: per lab, up or down, the fixes in place out of all (read
                         from the kernel, as 'fix list' does), the walkthrough step and language
                         (from the lab's progress file), the last check's score and when, and
                         when the last command ran in it. Every class on the host, or --prefix.
                board    the same board full-screen, read again every 2 s (a lab's state
                         and fixes again when a command or check ran in it or its journal
                         changed, else every 30 s). Keys: arrows select a lab, Enter
                         shows its 'fix list' and 'diagnose' (Esc back), s cycles the
                         sort column (each puts who may need help first),
                         / filters by a piece of the lab's name, or 'down' (not up) or
                         'stuck' (up, check not passed, no command for 5 minutes), q quits.
                         --headless S runs the same loop for S seconds on no terminal and
                         prints how many readings it made and the CPU it used.

                examples:
                  class up 12
                  class up 3 --prefix b --scenario fallback --confine
                  class status
                  class status --json
                  class board
                  class reset t07
                  class down
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> words) throws CommandException {
        ClassArgs a = ClassArgs.parse(words);
        boolean verbose = a.verbose() || ctx.session().verbose();
        Consumer<String> show = verbose ? line -> {
            synchronized (ctx.out()) {
                ctx.out().println(ctx.style().dim("+ " + line));
            }
        } : line -> { };
        Path dir = LabLayout.stateDir();
        return switch (a.sub()) {
            case "up" -> up(ctx, a, dir, show);
            case "down" -> down(roster(dir, a.prefix()), dir, show);
            case "reset" -> reset(ctx, a.lab(), dir, show);
            case "board" -> board(ctx, a);
            default -> Result.ok(ClassBoard.read(rosters(dir, a.prefix()), System.getenv(), System.getProperty("user.home")));
        };
    }

    private static Result up(CommandContext ctx, ClassArgs a, Path dir, Consumer<String> show) throws CommandException {
        List<String> names = Roster.names(a.prefix(), a.count());
        Roster existing = read(dir, a.prefix());
        if (existing != null) {
            throw new CommandException("class '" + a.prefix() + "' is already up (" + existing.labs().size()
                    + " labs); 'class status' shows it, 'class down' removes it, or use another --prefix");
        }
        for (String lab : names) {
            if (Files.exists(LabLayout.of(lab).stateFile())) {
                throw new CommandException("lab '" + lab + "' is already up outside a class; 'mpsh --lab " + lab
                        + " -c \"lab down\"' removes it, or use another --prefix");
            }
        }
        if (a.scenario() != null) {
            new ScenarioSource(LabLayout.of(names.get(0)), a.scenario()).get(); // an unknown scenario: one line, nothing built
        }
        Roster roster = new Roster(a.prefix(), a.scenario(), names);
        try {
            if (!roster.create(dir)) {
                throw new CommandException("class '" + a.prefix() + "' is being built by another mpsh; 'class status' shows it");
            }
        } catch (IOException e) {
            throw new CommandException("cannot write the class's state in " + dir + " (" + e.getMessage() + "); nothing was built");
        }
        List<String> outcome = new ArrayList<>();
        List<String> built = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(BUILDERS, names.size()), r -> {
            Thread t = new Thread(r, "class-up");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (String lab : names) {
                jobs.add(pool.submit(() -> {
                    LabLayout layout = LabLayout.of(lab);
                    new LabEngine(layout, new ScenarioSource(layout, a.scenario())).up(show, ctx.cancellation()::isCancelled);
                    return null;
                }));
            }
            for (int i = 0; i < names.size(); i++) {
                String failure;
                try {
                    jobs.get(i).get();
                    failure = null;
                    built.add(names.get(i));
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = e.getCause() instanceof CommandException ce ? ce.getMessage() : String.valueOf(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = "interrupted";
                }
                outcome.add(failure);
            }
        } finally {
            pool.shutdown();
        }
        try {
            if (built.isEmpty()) {
                roster.delete(dir);
            } else {
                roster.withLabs(built).rewrite(dir);
            }
        } catch (IOException e) {
            throw new CommandException("cannot record the class in " + dir + " (" + e.getMessage() + "); its labs are up: remove them with 'lab down' each");
        }
        ClassUp report = new ClassUp(a.prefix(), names, outcome, a.confine());
        return new Result(built.size() == names.size() ? 0 : 1, report);
    }

    private Result board(CommandContext ctx, ClassArgs a) throws CommandException {
        if (a.headless() > 0) {
            dev.mpsh.tui.LiveBoard.headless(a.prefix(), a.headless(), dispatcher.get(), ctx.out());
        } else {
            dev.mpsh.tui.LiveBoard.open(ctx, a.prefix(), dispatcher.get());
        }
        return Result.ok();
    }

    private static Result down(Roster roster, Path dir, Consumer<String> show) throws CommandException {
        List<String> left = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int removed = 0;
        for (String lab : roster.labs()) {
            LabLayout layout = LabLayout.of(lab);
            if (!Files.exists(layout.stateFile())) {
                continue; // taken down already ('lab down' in it)
            }
            try {
                new LabEngine(layout, new ScenarioSource(layout, roster.scenario())).down(show);
                removed++;
            } catch (CommandException e) {
                left.add(lab);
                errors.add(lab + ": " + e.getMessage());
            }
        }
        try {
            if (left.isEmpty()) {
                roster.delete(dir);
            } else {
                roster.withLabs(left).rewrite(dir);
            }
        } catch (IOException e) {
            throw new CommandException("cannot update " + Roster.file(dir, roster.prefix()) + ": " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new CommandException(String.join("; ", errors) + "; 'class down' again removes the rest");
        }
        return Result.ok(new Text("class '" + roster.prefix() + "' is down: " + removed + (removed == 1 ? " lab" : " labs") + " removed"));
    }

    private static Result reset(CommandContext ctx, String lab, Path dir, Consumer<String> show) throws CommandException {
        Roster roster = null;
        List<String> labs = new ArrayList<>();
        for (Roster r : rosters(dir, null)) {
            labs.addAll(r.labs());
            if (r.labs().contains(lab)) {
                roster = r;
            }
        }
        if (roster == null) {
            throw new CommandException("no lab '" + lab + "' in a class here; "
                    + (labs.isEmpty() ? "no class is up ('class up N' builds one)" : "the classes' labs are " + String.join(", ", labs)), 2);
        }
        LabLayout layout = LabLayout.of(lab);
        LabEngine engine = new LabEngine(layout, new ScenarioSource(layout, roster.scenario()));
        if (Files.exists(layout.stateFile())) {
            engine.down(show);
        }
        return Result.text(engine.up(show, ctx.cancellation()::isCancelled) + "; back to the broken initial state");
    }

    /** The class of prefix; without one, the only class up. */
    private static Roster roster(Path dir, String prefix) throws CommandException {
        List<Roster> all = rosters(dir, prefix);
        if (all.isEmpty()) {
            throw new CommandException(prefix == null ? "no class is up; 'class up N' builds one"
                    : "no class '" + prefix + "' is up; " + others(dir));
        }
        if (all.size() > 1) {
            throw CommandException.usage("several classes are up (" + String.join(", ", all.stream().map(Roster::prefix).toList())
                    + "); say which with --prefix P");
        }
        return all.get(0);
    }

    private static String others(Path dir) throws CommandException {
        List<String> up = rosters(dir, null).stream().map(Roster::prefix).toList();
        return up.isEmpty() ? "no class is up ('class up N' builds one)" : "classes up: " + String.join(", ", up) + " (--prefix P)";
    }

    static List<Roster> rosters(Path dir, String prefix) throws CommandException {
        if (prefix != null) {
            Roster r = read(dir, prefix);
            return r == null ? List.of() : List.of(r);
        }
        try {
            return Roster.all(dir);
        } catch (IOException e) {
            throw new CommandException("cannot read the classes in " + dir + ": " + e.getMessage());
        }
    }

    private static Roster read(Path dir, String prefix) throws CommandException {
        try {
            return Roster.read(dir, prefix);
        } catch (IOException e) {
            throw new CommandException("cannot read class '" + prefix + "': " + e.getMessage() + "; remove its labs with 'lab down' and delete that file");
        }
    }
}
