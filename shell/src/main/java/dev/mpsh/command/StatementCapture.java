package dev.mpsh.command;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Runs one statement with its output teed into a buffer, and tells a {@link StatementListener}. */
final class StatementCapture {
    /** Statements run inside a captured one (a script, a replay) are part of it, not reported. */
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    interface Body {
        int run(List<String> words, CommandContext ctx);
    }

    private StatementCapture() {
    }

    static boolean active() {
        return ACTIVE.get();
    }

    static int around(StatementListener listener, List<String> words, CommandContext ctx, Body body) {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new Tee(ctx.out(), seen), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new Tee(ctx.err(), seen), true, StandardCharsets.UTF_8);
        tell(ctx, () -> listener.started(words));
        long start = System.nanoTime();
        int status;
        ACTIVE.set(true);
        try {
            status = body.run(words, ctx.withStreams(out, err));
        } finally {
            ACTIVE.set(false);
            out.flush();
            err.flush();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String output;
        synchronized (seen) {
            output = seen.toString(StandardCharsets.UTF_8);
        }
        tell(ctx, () -> listener.finished(words, status, output, took));
        return status;
    }

    /** A listener that fails (a full disk under a recording) costs one line, never the statement. */
    private static void tell(CommandContext ctx, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            Dispatcher.error(ctx, "mpsh", e.getMessage());
        }
    }

    /** Writes to the user's stream and to the shared buffer, keeping stdout/stderr order. */
    private static final class Tee extends OutputStream {
        private final OutputStream user;
        private final ByteArrayOutputStream seen;

        Tee(OutputStream user, ByteArrayOutputStream seen) {
            this.user = user;
            this.seen = seen;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (seen) {
                seen.write(b, off, len);
            }
            try {
                user.write(b, off, len);
            } catch (java.io.IOException e) {
                // the user's terminal went away; the recording still gets the output
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            user.flush();
        }
    }
}
