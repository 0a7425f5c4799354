package dev.mpsh.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one program to completion: the way the lab engine changes the system. */
final class Exec {
    private static final long TIMEOUT_SECONDS = 20;

    /** How it ended; stderr is what the program said about a failure. */
    record Outcome(int exit, String stderr) {
        boolean ok() {
            return exit == 0;
        }
    }

    /** Called with each process right after it started. */
    @FunctionalInterface
    interface Started {
        void accept(Process p) throws IOException;
    }

    private Exec() {
    }

    /**
     * Runs argv with stdin (may be null), stdout discarded and stderr captured. Only stderr is a
     * pipe, so the child can never block on a full pipe we are not reading.
     */
    static Outcome run(List<String> argv, String stdin) throws IOException {
        return run(argv, stdin, p -> { });
    }

    /** Started is told of the process as soon as it exists (the engine journals it). */
    static Outcome run(List<String> argv, String stdin, Started started) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        try {
            started.accept(p);
        } catch (IOException e) {
            p.destroyForcibly();
            throw e;
        }
        if (stdin != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the program exited before reading all of it; its status and stderr say why
            }
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Outcome(124, "timed out after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Outcome(130, "interrupted");
        }
        return new Outcome(p.exitValue(), err.strip());
    }
}
