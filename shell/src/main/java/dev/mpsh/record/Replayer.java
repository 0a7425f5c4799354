package dev.mpsh.record;

import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.record.Transcript.Block;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs a transcript's commands through a dispatcher, each with its output captured (no
 * colour, no terminal input), and checks them against the transcript. Reports to {@code user}.
 */
public final class Replayer {
    /** Pauses longer than this (seconds, before --speed) are shortened, as asciinema's idle limit does. */
    static final double MAX_PAUSE = 3.0;
    private static final double TYPE_DELAY = 0.04;
    private static final double DEFAULT_PAUSE = 0.8;
    /**
     * A replayed command gets no Ctrl-C, so one that runs until stopped ({@code monitor}) would
     * hang the replay: after this long it is stopped as Ctrl-C would stop it, and its step fails.
     * It only catches a hang: a shipped {@code check} takes about 10 s, but its transfers wait up
     * to 60 s of silence for each straggling echo (BulkDriver.QUIET_NANOS), so a check whose
     * Wi-Fi-loss drill stalls can take minutes, more on a loaded machine.
     */
    static final long STEP_LIMIT_MILLIS = 600_000;
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "replay-watchdog");
                t.setDaemon(true);
                return t;
            });

    /**
     * @param play show each command and its output at the recorded pace
     * @param speed pace multiplier for play (2 = twice as fast)
     * @param step wait for Enter before each command
     */
    public record Options(boolean play, double speed, boolean step) {
        public static final Options VERIFY = new Options(false, 1, false);
    }

    /** The outcome of a replay; {@code notRun} counts steps left out after a stop or an exit. */
    public record Report(String name, List<StepOutcome> outcomes, int notRun) {
        public long passed() {
            return outcomes.stream().filter(StepOutcome::passed).count();
        }

        public long failed() {
            return outcomes.size() - passed();
        }

        public boolean green() {
            return failed() == 0 && notRun == 0;
        }

        public String summary() {
            return name + ": " + passed() + " passed, " + failed() + " failed"
                    + (notRun > 0 ? ", " + notRun + " not run" : "");
        }
    }

    private final Dispatcher dispatcher;
    private final Session session;
    private final CommandContext user;
    private final Options options;

    /**
     * @param session the session the commands run in (a fresh one, so a replay leaves the
     *     user's current namespace alone)
     * @param user where progress, diffs and play output go, and where --step reads Enter from
     */
    public Replayer(Dispatcher dispatcher, Session session, CommandContext user, Options options) {
        this.dispatcher = dispatcher;
        this.session = session;
        this.user = user;
        this.options = options;
    }

    public Report run(String name, Transcript transcript) {
        PrintStream out = user.out();
        Style style = user.style();
        List<StepOutcome> outcomes = new ArrayList<>();
        int total = transcript.steps().size();
        for (Block block : transcript.blocks()) {
            if (stopped()) {
                break;
            }
            if (block instanceof Chapter c) {
                out.println(style.bold("## " + c.title()));
            } else if (block instanceof Narration n && options.play()) {
                out.println(style.dim(n.text()));
            } else if (block instanceof Step s) {
                if (options.step() && !confirmStep(s)) {
                    break;
                }
                outcomes.add(runStep(name, s));
            }
        }
        out.flush();
        return new Report(name, outcomes, total - outcomes.size());
    }

    private boolean stopped() {
        return user.cancellation().isCancelled() || session.exitStatus() != null;
    }

    private boolean confirmStep(Step s) {
        user.out().print(user.style().cyan("next: " + s.command().replace("\n", " ")) + "   [Enter] run, q quit ");
        user.out().flush();
        try {
            String answer = user.in().readLine();
            return answer != null && !answer.strip().equalsIgnoreCase("q");
        } catch (IOException e) {
            return false;
        }
    }

    private StepOutcome runStep(String name, Step s) {
        PrintStream out = user.out();
        if (options.play()) {
            pause(s.timing().waited() >= 0 ? Math.min(s.timing().waited(), MAX_PAUSE) : DEFAULT_PAUSE);
            type(s.command());
        }
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream sink = options.play() ? new Both(captured, out) : captured;
        PrintStream cOut = new PrintStream(sink, true, StandardCharsets.UTF_8);
        PrintStream cErr = new PrintStream(sink, true, StandardCharsets.UTF_8);
        Cancellation cancellation = new Cancellation();
        CommandContext ctx = new CommandContext(session, user.registry(), cOut, cErr, () -> null,
                cancellation, Style.PLAIN, false);
        int status;
        long limit = Long.getLong("mpsh.replay.step-limit-ms", STEP_LIMIT_MILLIS); // tests shorten it
        java.util.concurrent.atomic.AtomicBoolean overran = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            overran.set(true);
            cancellation.cancel();
        }, limit, java.util.concurrent.TimeUnit.MILLISECONDS);
        try (AutoCloseable hook = user.cancellation().onCancel(cancellation::cancel)) {
            status = dispatcher.execute(s.command(), ctx);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            watchdog.cancel(false);
        }
        if (overran.get()) {
            // Part of the captured output, so the step fails with this line in its diff.
            cErr.println("replay: stopped after " + (limit % 1000 == 0 ? limit / 1000 + "s" : limit + "ms")
                    + " as Ctrl+C would: a command"
                    + " that runs until stopped (monitor) cannot be replayed");
        }
        cOut.flush();
        StepOutcome outcome = Verifier.check(name, s, status, captured.toString(StandardCharsets.UTF_8),
                NamespaceNames.of(session));
        Style style = user.style();
        String where = " (line " + s.line() + ")";
        if (options.play()) {
            if (!outcome.passed()) {
                out.println(style.red("FAIL" + where));
                out.print(outcome.diff());
            }
        } else {
            String cmd = s.command().replace("\n", " ");
            out.println(outcome.passed() ? style.green("ok  ") + "  " + cmd : style.red("FAIL") + "  " + cmd + where);
            if (!outcome.passed()) {
                out.print(outcome.diff());
            }
        }
        out.flush();
        return outcome;
    }

    private void type(String command) {
        PrintStream out = user.out();
        out.print(user.style().bold(prompt()));
        double perChar = Math.min(TYPE_DELAY, 1.5 / Math.max(1, command.length()));
        for (char c : command.toCharArray()) {
            out.print(c == '\n' ? "\n> " : String.valueOf(c));
            out.flush();
            pause(perChar);
        }
        out.println();
    }

    private String prompt() {
        String ns = session.namespace();
        return "mpsh[" + (ns == null ? "host" : ns) + "]> ";
    }

    private void pause(double seconds) {
        long millis = (long) (seconds * 1000 / options.speed());
        if (millis <= 0 || user.cancellation().isCancelled()) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Output that goes to the capture and, in play mode, to the user as it comes. */
    private static final class Both extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Both(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            b.flush();
        }
    }
}
