package dev.mpsh.record;

import dev.mpsh.LabNames;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.record.Transcript.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code replay FILE [--play] [--speed X] [--step] [--dry-run] [--trust] [--lab NAME]}. */
public final class ReplayCommand implements Command {
    /** A transcript that replays a transcript could go round forever; one level is enough. */
    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private final Function<CommandRegistry, Dispatcher> dispatchers;

    /** @param dispatchers makes the dispatcher replayed commands run through (the shell's own kind) */
    public ReplayCommand(Function<CommandRegistry, Dispatcher> dispatchers) {
        this.dispatchers = dispatchers;
    }

    public ReplayCommand() {
        this(Dispatcher::new);
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String group() {
        return "recordings";
    }

    @Override
    public String summary() {
        return "re-run a recorded session and check every output, or play it back";
    }

    @Override
    public String help() {
        return """
                usage: replay FILE [--play] [--speed X] [--step] [--dry-run] [--trust] [--lab NAME] [--update]
                       mpsh replay FILE ...        (the same, from your own shell)

                Runs each command of the transcript FILE again, compares its output and exit
                status with the recorded ones, prints a unified diff for each mismatch, and ends
                with 'N passed, M failed'. Exit status: 0 all passed, 1 a mismatch, 2 a bad
                transcript or option. The format is in docs/recordings.md.

                Commands run as you (often root). Transcripts shipped in mpsh's recordings/
                directory run at once; any other one is listed first and runs only with --trust
                or after you confirm at the terminal.

                  --play       show each command and its output at the recorded pace
                  --speed X    play X times as fast (e.g. 2, 0.5); pauses are capped at 3 s
                  --step       wait for Enter before each command (live demos); q stops
                  --dry-run    list the commands without running anything
                  --trust      run a transcript from outside recordings/ without asking
                  --lab NAME   run the commands against the lab NAME
                  --update     write what mismatched commands printed back into FILE
                               (lines that still match keep their patterns); for
                               keeping recordings current, then review with git diff

                FILE may be the bare name of a shipped recording: 'replay help' plays
                recordings/help.t from mpsh's own directory; a lab of a scenario plugin looks in
                the plugin's recordings/ first. A recording a plugin ships builds a lab of that
                plugin's scenario, whatever scenario this shell's lab runs.

                examples:
                  replay help
                  replay recordings/help.t
                  replay recordings/solution.t --play --speed 2
                  replay ~/session.t --dry-run
                  mpsh replay ~/session.t --trust --lab t1
                """;
    }

    /** A transcript that runs 'lab up', 'lab down' or 'lab reset' manages a lab of its own. */
    private static boolean buildsItsOwnLab(Transcript transcript) {
        return transcript.steps().stream().map(st -> st.command().strip())
                .anyMatch(c -> c.matches("lab\\s+(up|down|reset)\\b.*"));
    }

    private record Args(Path file, boolean play, double speed, boolean step, boolean dryRun, boolean trust,
            String lab, boolean update) {
    }

    @Override
    public Result run(CommandContext ctx, List<String> words) throws CommandException {
        if (REPLAYING.get()) {
            throw new CommandException("a replayed transcript cannot replay another; replay that one by itself");
        }
        Args a = parse(words, ctx.session().labName());
        ScenarioSource mine = ScenarioSource.of(ctx.session());
        a = new Args(shippedByName(a.file(), mine.orNull() == null ? mine.requested() : mine.orNull().id()), a.play(),
                a.speed(), a.step(), a.dryRun(), a.trust(), a.lab(), a.update());
        Transcript transcript = TranscriptFiles.read(a.file());
        String name = a.file().getFileName().toString();
        if (a.dryRun()) {
            list(ctx, name, transcript);
            return Result.ok();
        }
        if (!a.trust() && !Trust.shipped(a.file())) {
            list(ctx, name, transcript);
            confirm(ctx, a.file(), transcript.steps().size());
        }
        if (transcript.steps().isEmpty()) {
            throw new CommandException(name + " has no commands (a command line starts with two spaces, '$' and a"
                    + " space), so it would verify nothing; see docs/recordings.md", 2);
        }
        Session session = new Session(a.lab());
        session.verbose(ctx.session().verbose());
        session.guard(ctx.session().guard()); // a confined shell's replay is confined too
        // A recording a scenario plugin ships builds that scenario's lab, whatever this shell's is.
        String owner = Trust.scenarioOf(a.file());
        boolean sameScenario = owner == null || mine.orNull() != null && owner.equals(mine.orNull().id());
        session.namespaces(a.lab().equals(ctx.session().labName()) && sameScenario ? ctx.session().namespaces()
                : new LabNamespaces(LabLayout.of(a.lab()), new ScenarioSource(LabLayout.of(a.lab()),
                        owner != null ? owner : mine.requested())));
        if (buildsItsOwnLab(transcript) && session.namespaces().labUp()) {
            // A lab recording starts with 'lab up' and ends with 'lab down': never on a lab in use.
            throw new CommandException(name + " builds and removes its own lab, and lab '" + a.lab()
                    + "' is up; replay it on another with --lab NAME (e.g. --lab rp1), or 'lab down' first");
        }
        Replayer.Options options = new Replayer.Options(a.play(), a.speed(), a.step());
        Replayer.Report report;
        REPLAYING.set(true);
        try {
            report = new Replayer(dispatchers.apply(ctx.registry()), session, ctx, options).run(name, transcript);
        } finally {
            REPLAYING.set(false);
        }
        String summary = report.summary();
        ctx.out().println(report.green() ? ctx.style().green(summary) : ctx.style().red(summary));
        if (a.update() && report.failed() > 0) {
            update(ctx, a.file(), transcript, report);
        }
        return Result.status(report.green() ? 0 : 1);
    }

    /**
     * A bare name that is no file here, e.g. {@code solution}, means the shipped recording of that
     * name: the lab's scenario's own first, then mpsh's.
     */
    private static Path shippedByName(Path file, String scenarioId) {
        if (Files.exists(file) || file.getParent() != null) {
            return file;
        }
        String name = file.getFileName().toString();
        for (Path dir : Trust.searchPath(scenarioId)) {
            for (String candidate : List.of(name, name + ".t")) {
                if (Files.isRegularFile(dir.resolve(candidate))) {
                    return dir.resolve(candidate);
                }
            }
        }
        return file;
    }

    /** Writes back the failed steps as they ran this time, keeping patterns that still match. */
    private static void update(CommandContext ctx, Path file, Transcript transcript, Replayer.Report report)
            throws CommandException {
        Map<Step, Step> updated = new IdentityHashMap<>();
        for (StepOutcome o : report.outcomes()) {
            if (!o.passed()) {
                updated.put(o.step(), o.updated());
            }
        }
        List<Transcript.Block> blocks = transcript.blocks().stream()
                .map(b -> b instanceof Step s && updated.containsKey(s) ? updated.get(s) : b).toList();
        try {
            Files.writeString(file, TranscriptWriter.write(new Transcript(blocks)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException("cannot update " + file + ": " + e.getMessage());
        }
        ctx.out().println("updated " + file + ": " + updated.size() + " commands now expect what they printed;"
                + " review the change (git diff) before you keep it");
    }

    private static void list(CommandContext ctx, String name, Transcript transcript) {
        List<Step> steps = transcript.steps();
        ctx.out().println(name + ": " + steps.size() + (steps.size() == 1 ? " command" : " commands"));
        for (Step s : steps) {
            ctx.out().printf("  line %-4d %s%n", s.line(), s.command().replace("\n", "\n            "));
        }
        ctx.out().flush();
    }

    private static void confirm(CommandContext ctx, Path file, int count) throws CommandException {
        String user = System.getProperty("user.name");
        if (!ctx.interactive()) {
            throw CommandException.usage(file + " did not ship with mpsh and would run " + count
                    + " commands as " + user + "; read them above, then run it again with --trust");
        }
        ctx.out().print("Run these " + count + " commands as " + user + "? [y/N] ");
        ctx.out().flush();
        String answer;
        try {
            answer = ctx.in().readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !(answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"))) {
            throw new CommandException("not replayed; nothing was run");
        }
    }

    private static Args parse(List<String> words, String defaultLab) throws CommandException {
        Path file = null;
        boolean play = false;
        boolean step = false;
        boolean dryRun = false;
        boolean trust = false;
        boolean update = false;
        double speed = 1;
        String lab = defaultLab;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "--play" -> play = true;
                case "--step" -> step = true;
                case "--dry-run" -> dryRun = true;
                case "--trust" -> trust = true;
                case "--update" -> update = true;
                case "--speed" -> speed = speed(value(words, ++i, "--speed", "2"));
                case "--lab" -> {
                    lab = value(words, ++i, "--lab", "t1");
                    if (!LabNames.valid(lab)) {
                        throw CommandException.usage("lab name '" + Dispatcher.oneLine(lab)
                                + "' is not valid; use 1-12 letters, digits or '-', starting with a letter");
                    }
                }
                default -> {
                    if (w.startsWith("-")) {
                        throw CommandException.unknownOption(w, "see 'replay --help'");
                    }
                    if (file != null) {
                        throw CommandException.usage("one transcript at a time; e.g. 'replay recordings/help.t'");
                    }
                    file = Path.of(w);
                }
            }
        }
        if (file == null) {
            throw CommandException.usage("which transcript? e.g. 'replay recordings/help.t'");
        }
        return new Args(file, play, speed, step, dryRun, trust, lab, update);
    }

    private static String value(List<String> words, int i, String option, String example) throws CommandException {
        if (i >= words.size()) {
            throw CommandException.usage(option + " needs a value, e.g. " + option + " " + example);
        }
        return words.get(i);
    }

    private static double speed(String s) throws CommandException {
        try {
            double v = Double.parseDouble(s);
            if (v > 0 && v <= 100 && !Double.isNaN(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the one error below
        }
        throw CommandException.usage("--speed wants a number above 0 and up to 100, e.g. --speed 2; got '"
                + Dispatcher.oneLine(s) + "'");
    }
}
