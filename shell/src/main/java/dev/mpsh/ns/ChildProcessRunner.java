package dev.mpsh.ns;

import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.output.StdStreams;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child on the shell's own terminal (stdin/stdout/stderr inherited), so {@code bash},
 * {@code tcpdump} or {@code ip mptcp monitor} work interactively. Between two prompts JLine has
 * put the terminal back in its normal mode, so nothing needs handing over.
 *
 * <p>Ctrl-C: on a terminal the child is in the shell's foreground process group and gets the
 * SIGINT from the kernel itself. When the command is cancelled, the child gets a short grace,
 * then SIGINT (for cancellations that came from elsewhere), then SIGTERM, then SIGKILL.
 */
public final class ChildProcessRunner implements ProcessRunner {
    /** 128 + SIGINT: how Java reports a child ended by Ctrl-C. */
    private static final int STATUS_SIGINT = 130;
    private static final long GRACE_MS = 150;
    private static final long TERM_AFTER_MS = 3000;
    private static final long KILL_AFTER_MS = 5000;

    @Override
    public int run(List<String> argv, CommandContext ctx) throws CommandException {
        // On the shell's own streams the child gets the terminal itself; on any other stream
        // (a recording, a replay, the TUI) its output is copied there so it is seen and verified.
        boolean direct = StdStreams.direct(ctx.out(), ctx.err());
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (direct) {
            pb.inheritIO();
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        if (!ctx.interactive()) {
            // Lines of a piped script must not be eaten by the child.
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        ctx.out().flush();
        ctx.err().flush();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new CommandException("cannot start '" + argv.get(0) + "': " + reason(e), 126);
        }
        List<Thread> copiers = direct ? List.of() : List.of(
                copy(process.getInputStream(), ctx.out()), copy(process.getErrorStream(), ctx.err()));
        int status = waitFor(process, ctx.cancellation());
        for (Thread t : copiers) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (status == STATUS_SIGINT && ctx.interactive()) {
            settleTerminalInterrupt(ctx.cancellation());
        }
        return status;
    }

    /**
     * A Ctrl-C at the terminal reaches the child and mpsh at once; the child may be gone before
     * mpsh's own handler has run. Wait for it briefly, so it does not hit the next prompt instead.
     */
    private static void settleTerminalInterrupt(Cancellation cancellation) {
        long deadline = System.nanoTime() + 300_000_000L;
        while (!cancellation.isCancelled() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static int waitFor(Process process, Cancellation cancellation) {
        long cancelledAt = -1;
        int step = 0;
        while (true) {
            try {
                if (process.waitFor(30, TimeUnit.MILLISECONDS)) {
                    return process.exitValue();
                }
            } catch (InterruptedException e) {
                cancellation.cancel();
            }
            if (!cancellation.isCancelled()) {
                continue;
            }
            long now = System.nanoTime();
            if (cancelledAt < 0) {
                cancelledAt = now;
            }
            long ms = (now - cancelledAt) / 1_000_000;
            if (step == 0 && ms >= GRACE_MS) {
                Signals.interrupt(process.pid());
                step = 1;
            } else if (step == 1 && ms >= TERM_AFTER_MS) {
                process.destroy();
                step = 2;
            } else if (step == 2 && ms >= KILL_AFTER_MS) {
                process.destroyForcibly();
                step = 3;
            }
        }
    }

    /** Copies a child's output stream into one of the command's streams until it ends. */
    private static Thread copy(InputStream from, PrintStream to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (from) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // the child is gone; what it wrote has been copied
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("error=");
        return i >= 0 ? m.substring(i) : m;
    }
}
