package dev.mpsh.walkthrough;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Lesson;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Step;
import dev.mpsh.api.StepText;
import dev.mpsh.command.AfterStatement;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One trainee's walk through a scenario's lesson on one lab. A step is done when the live lab
 * says so: its fixes' probes hold, or the check passes. After each command the trainee runs,
 * {@link #after} re-reads the current step's condition and moves on when it holds; steps that
 * already hold (a partly fixed lab, a resumed walkthrough) are recognised and passed.
 */
public final class Walkthrough implements AfterStatement {
    /** The commands of the walkthrough itself: running them is no attempt at the step. */
    static final Set<String> OWN_COMMANDS = Set.of("walkthrough", "hint", "show", "skip", "back");

    private final String lab;
    private final Scenario scenario;
    private final Lesson lesson;
    private final StepTexts texts;
    private final LabState state;
    private final ProgressStore store;
    private final UnaryOperator<String> netnsName;
    private final List<Consumer<StepView>> listeners = new CopyOnWriteArrayList<>();
    private Progress progress;
    private int hintLevel;
    /** The current step held when the trainee went back to it: it waits for skip. */
    private boolean reviewing;
    private int lastHeld = -1;
    private volatile String lastError;
    /** What the progress file holds, so an unchanged walkthrough does not rewrite it. */
    private Progress saved;
    /** The kernel watched while the current command runs, on a handover step; null otherwise. */
    private HandoverWatch watch;
    private volatile String lastWatchError;

    public Walkthrough(String lab, Scenario scenario, StepTexts texts, LabState state, ProgressStore store,
                       UnaryOperator<String> netnsName) {
        if (scenario.lesson() == null) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " has no lesson");
        }
        this.lab = lab;
        this.scenario = scenario;
        this.lesson = scenario.lesson();
        this.texts = texts;
        this.state = state;
        this.store = store;
        this.netnsName = netnsName;
    }

    /** The walkthrough running in a session, if any (e.g. for the TUI's pane). */
    public static Walkthrough of(Session session) {
        return session.attachment(Walkthrough.class);
    }

    /**
     * Starts or resumes: loads saved progress (a different scenario's is replaced), takes the
     * language (null keeps the saved one, else uses fallbackLang), recognises what already
     * holds and returns the current step as text.
     */
    public synchronized String start(String lang, String fallbackLang, Style style) throws CommandException {
        Progress stored = store.load();
        boolean resumed = stored != null && stored.scenario().equals(scenario.id());
        saved = resumed ? stored : null;
        progress = resumed ? stored : Progress.begin(scenario.id(), lang != null ? lang : fallbackLang, lesson.steps().get(0).id());
        if (lang != null) {
            progress = progress.withLang(lang);
        }
        int before = progress.done().size();
        recognise();
        StringBuilder b = new StringBuilder();
        if (resumed) {
            b.append(style.dim(Messages.get(lang(), "resuming", lab, store.file()))).append('\n');
        }
        int recognised = progress.done().size() - before;
        if (recognised > 0) {
            b.append(style.green(Messages.get(lang(), "recognised", recognised, String.join(", ", progress.done())))).append('\n');
        }
        b.append(current(style));
        return b.toString();
    }

    public synchronized String lang() {
        return progress.lang();
    }

    /** Before each statement on a handover step: watch the client's kernel while it runs. */
    @Override
    public synchronized void before(List<String> words, CommandContext ctx) {
        stopWatch();
        Step step = currentStep();
        if (words.isEmpty() || OWN_COMMANDS.contains(words.get(0)) || reviewing || step == null || step.handover() == null) {
            return;
        }
        try {
            watch = state.watch(step.handover());
            lastWatchError = null;
        } catch (CommandException e) {
            if (!e.getMessage().equals(lastWatchError)) {
                ctx.err().println(ctx.style().yellow("walkthrough: " + e.getMessage()));
            }
            lastWatchError = e.getMessage();
        }
    }

    private HandoverWatch.Seen stopWatch() {
        HandoverWatch w = watch;
        watch = null;
        return w == null ? HandoverWatch.Seen.NOTHING : w.stop();
    }

    /** After each statement: is the current step done now? Prints what changed. */
    @Override
    public void after(List<String> words, int status, CommandContext ctx) {
        HandoverWatch.Seen seen;
        synchronized (this) {
            seen = stopWatch();
        }
        if (words.isEmpty() || OWN_COMMANDS.contains(words.get(0))) {
            return;
        }
        String message;
        try {
            message = evaluate(words, status, seen, ctx);
            lastError = null;
        } catch (CommandException e) {
            // e.g. the lab was taken down: say it once, not after every command
            message = e.getMessage().equals(lastError) ? null : ctx.style().yellow("walkthrough: " + e.getMessage());
            lastError = e.getMessage();
        }
        if (message != null && !message.isEmpty()) {
            ctx.out().println();
            ctx.out().print(message.endsWith("\n") ? message : message + "\n");
            ctx.out().flush();
        }
    }

    private synchronized String evaluate(List<String> words, int status, HandoverWatch.Seen seen, CommandContext ctx)
            throws CommandException {
        if (reviewing) {
            return null; // the trainee went back to read a step: it waits for skip
        }
        Step step = currentStep();
        Style style = ctx.style();
        // The check makes real connections: it is graded when the trainee runs it.
        if (step != null && step.check() && words.get(0).equals("check")) {
            boolean passed = state.missingFixes(step.fixes()).isEmpty()
                    && (step.criteria().isEmpty() ? status == 0 : failedAmong(step.criteria(), ctx).isEmpty());
            if (!passed) {
                return null;
            }
            progress = progress.markDone(step.id());
            String title = text(step).title();
            recognise();
            return style.green(Messages.get(lang(), "done", lesson.indexOf(step.id()) + 1, title)) + "\n\n" + current(style);
        }
        // The handover is confirmed from what the kernel showed while the command ran.
        if (step != null && step.handover() != null && seen.failedSeen()) {
            Step.Handover h = step.handover();
            if (!seen.handedOver() || !state.missingFixes(step.fixes()).isEmpty()) {
                return style.yellow(Messages.get(lang(), "handover.none", h.failed(), h.takesOver()));
            }
            progress = progress.markDone(step.id());
            String title = text(step).title();
            recognise();
            return style.green(Messages.get(lang(), "handover.seen", h.takesOver(), seen.bytes(), h.failed(), seen.subflow())) + "\n"
                    + style.green(Messages.get(lang(), "done", lesson.indexOf(step.id()) + 1, title)) + "\n\n" + current(style);
        }
        // Every fix step as the kernel has it now: the current one may be done, an earlier one undone.
        int was = position(progress.current());
        List<String> missing = state.missingFixes(allFixes());
        recognise(missing);
        int now = position(progress.current());
        if (now > was) {
            String also = now == was + 2 ? Messages.get(lang(), "also", now)
                    : now > was + 2 ? Messages.get(lang(), "also.many", was + 2, now) : "";
            return style.green(Messages.get(lang(), "done", was + 1, text(lesson.steps().get(was)).title()) + also) + "\n\n" + current(style);
        }
        if (now < was) {
            Step back = lesson.steps().get(now);
            List<String> gone = new ArrayList<>(back.fixes());
            gone.retainAll(missing);
            String why = gone.isEmpty() ? "" : style.yellow(Messages.get(lang(), "undone", now + 1, String.join(", ", gone))) + "\n\n";
            return why + current(style);
        }
        if (step == null) {
            return null;
        }
        List<String> open = new ArrayList<>(step.fixes());
        open.retainAll(missing);
        int held = step.fixes().size() - open.size();
        String note = null;
        if (held > Math.max(lastHeld, 0) && held < step.fixes().size()) {
            note = style.dim(Messages.get(lang(), "partly", held, step.fixes().size(), String.join(", ", open)));
        }
        lastHeld = held;
        return note;
    }

    /** A step's index, or the number of steps for none (the lesson is finished). */
    private int position(String stepId) {
        return stepId == null ? lesson.steps().size() : lesson.indexOf(stepId);
    }

    private List<String> allFixes() {
        Set<String> all = new LinkedHashSet<>();
        lesson.steps().forEach(s -> all.addAll(s.fixes()));
        return List.copyOf(all);
    }

    private List<String> failedAmong(List<String> criteria, CommandContext ctx) throws CommandException {
        List<String> failed = new ArrayList<>(state.failedCriteria(ctx));
        failed.retainAll(criteria);
        return failed;
    }

    /**
     * Marks every fix step done or not as the lab is now, and makes the first step that is
     * neither done nor skipped the current one. A check step keeps what was seen while every
     * fix before it still holds.
     */
    private void recognise() throws CommandException {
        recognise(state.missingFixes(allFixes()));
    }

    /** The same with the fixes known to be missing now. */
    private void recognise(List<String> missing) throws CommandException {
        String next = null;
        boolean earlierHold = true;
        for (Step s : lesson.steps()) {
            boolean holds = s.fixes().stream().noneMatch(missing::contains);
            if (!s.observed()) {
                progress = holds ? progress.markDone(s.id()) : progress.markUndone(s.id());
            } else if (!holds || !earlierHold) {
                progress = progress.markUndone(s.id()); // graded on a lab that has changed since
            }
            earlierHold &= holds;
            if (next == null && !progress.done().contains(s.id()) && !progress.skipped().contains(s.id())) {
                next = s.id();
            }
        }
        moveTo(next, false);
    }

    private void moveTo(String stepId, boolean review) throws CommandException {
        if (stepId == null || !stepId.equals(progress.current()) || review != reviewing) {
            hintLevel = 0;
            lastHeld = -1;
        }
        boolean changed = review != reviewing || !progress.at(stepId).equals(saved);
        progress = progress.at(stepId);
        reviewing = review;
        if (!progress.equals(saved)) {
            store.save(progress);
            saved = progress;
        }
        if (changed) {
            fire();
        }
    }

    private Step currentStep() {
        return progress.current() == null ? null : lesson.step(progress.current()).orElse(null);
    }

    private StepText text(Step step) throws CommandException {
        return texts.text(step, progress.lang());
    }

    /** The current step in full, or the end of the lesson. */
    public synchronized String current(Style style) throws CommandException {
        Step step = currentStep();
        if (step == null) {
            return finished(style);
        }
        String mark = reviewing ? style.green(Messages.get(lang(), "review")) : "";
        return LessonFormat.step(lesson.indexOf(step.id()) + 1, lesson.steps().size(), text(step), mark, lang(), style);
    }

    private String finished(Style style) {
        StringBuilder b = new StringBuilder(style.green(style.bold(Messages.get(lang(), "complete"))));
        if (!progress.skipped().isEmpty()) {
            b.append(Messages.get(lang(), "skipped", String.join(", ", progress.skipped())));
        }
        return b.append('\n').toString();
    }

    /** The next hint: the step's hints in order, then the exact commands. */
    public synchronized String hint(Style style) throws CommandException {
        Step step = requireStep();
        List<String> hints = text(step).hints();
        hintLevel++;
        fire();
        if (hintLevel <= hints.size()) {
            return style.bold(Messages.get(lang(), "hint", hintLevel, hints.size() + 1)) + LessonFormat.markdown(hints.get(hintLevel - 1), style) + "\n";
        }
        return style.bold(Messages.get(lang(), "hint.commands", hints.size() + 1, hints.size() + 1)) + "\n" + show(style);
    }

    /** The current step's commands, as typed in mpsh. */
    public synchronized String show(Style style) throws CommandException {
        Step step = requireStep();
        List<Fix> fixes = step.fixes().stream().map(id -> scenario.fix(id).orElseThrow()).toList();
        StringBuilder b = new StringBuilder(LessonFormat.commands(fixes, state.missingFixes(step.fixes()), progress.lang(), netnsName, style));
        if (step.check()) {
            b.append("  check\n");
        }
        if (step.handover() != null) {
            b.append("  drill wan-down ").append(step.handover().failed()).append('\n');
        }
        return b.toString();
    }

    /** Passes over the current step (marked skipped unless it holds) to the next one not done. */
    public synchronized String skip(Style style) throws CommandException {
        Step step = requireStep();
        if (!progress.done().contains(step.id())) {
            progress = progress.markSkipped(step.id());
        }
        String next = null;
        for (int i = lesson.indexOf(step.id()) + 1; i < lesson.steps().size() && next == null; i++) {
            String id = lesson.steps().get(i).id();
            if (!progress.done().contains(id)) {
                next = id;
            }
        }
        moveTo(next, false);
        return current(style);
    }

    /** Goes back one step to read it again (or to redo it, if it no longer holds). */
    public synchronized String back(Style style) throws CommandException {
        Step step = currentStep();
        int at = step == null ? lesson.steps().size() : lesson.indexOf(step.id());
        if (at == 0) {
            throw new CommandException("this is the first step; 'walkthrough status' lists them all");
        }
        Step prev = lesson.steps().get(at - 1);
        boolean holds = prev.observed() ? progress.done().contains(prev.id()) : state.missingFixes(prev.fixes()).isEmpty();
        moveTo(prev.id(), holds);
        return current(style);
    }

    /** Starts over at the first step; steps that hold are recognised again. */
    public synchronized String reset(Style style) throws CommandException {
        store.delete();
        saved = null;
        progress = Progress.begin(scenario.id(), progress.lang(), lesson.steps().get(0).id());
        recognise();
        return current(style);
    }

    public synchronized void lang(String lang) throws CommandException {
        progress = progress.withLang(lang);
        store.save(progress);
        saved = progress;
        fire();
    }

    /** Every step with its state now (fix steps read live). */
    public synchronized WalkthroughStatus status() throws CommandException {
        recognise();
        List<WalkthroughStatus.Row> rows = new ArrayList<>();
        for (Step s : lesson.steps()) {
            StepState st = progress.done().contains(s.id()) ? StepState.DONE
                    : progress.skipped().contains(s.id()) ? StepState.SKIPPED : StepState.TODO;
            rows.add(new WalkthroughStatus.Row(lesson.indexOf(s.id()) + 1, s.id(), text(s).title(), st, s.id().equals(progress.current())));
        }
        return new WalkthroughStatus(lab, progress.lang(), store.file().toString(), rows);
    }

    /** What the TUI's pane shows now. */
    public synchronized StepView view() throws CommandException {
        Step step = currentStep();
        int total = lesson.steps().size();
        if (step == null) {
            return new StepView(lab, progress.lang(), total, total, progress.done().size(), null, "", "", StepState.DONE, List.of(), true);
        }
        StepText t = text(step);
        StepState st = progress.done().contains(step.id()) ? StepState.DONE
                : progress.skipped().contains(step.id()) ? StepState.SKIPPED : StepState.TODO;
        List<String> shown = t.hints().subList(0, Math.min(hintLevel, t.hints().size()));
        return new StepView(lab, progress.lang(), lesson.indexOf(step.id()) + 1, total, progress.done().size(), step.id(),
                t.title(), t.body(), st, shown, false);
    }

    /**
     * Calls listener with a new view after every change (on the thread that made it). Close the
     * returned handle to stop.
     */
    public AutoCloseable onChange(Consumer<StepView> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        if (listeners.isEmpty()) {
            return;
        }
        StepView v;
        try {
            v = view();
        } catch (CommandException e) {
            return;
        }
        listeners.forEach(l -> l.accept(v));
    }

    private Step requireStep() throws CommandException {
        Step step = currentStep();
        if (step == null) {
            throw new CommandException("the walkthrough is complete; 'walkthrough reset' starts it over");
        }
        return step;
    }
}
