package dev.mpsh.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs real processes for end-to-end tests: the mpsh launcher, ip, bash. */
public final class Run {

    /** A finished process: exit status and its output. */
    public record Outcome(int status, String out, String err) {
        public List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }

        public List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Run() {
    }

    /** The repository root (MPSH_HOME, set by the build), where the ./mpsh launcher is. */
    public static Path home() {
        String home = System.getenv("MPSH_HOME");
        if (home != null) {
            return Path.of(home);
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mpsh"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the mpsh launcher; set MPSH_HOME");
        }
        return p;
    }

    /** Runs the real launcher: {@code ./mpsh --lab LAB -c COMMANDS}. */
    public static Outcome mpsh(String lab, String commands) {
        return command(300, home().resolve("mpsh").toString(), "--lab", lab, "-c", commands);
    }

    /** Runs a command with stdin from /dev/null and waits up to timeoutSeconds. */
    public static Outcome command(int timeoutSeconds, String... argv) {
        try {
            File out = File.createTempFile("mpsh-test", ".out");
            File err = File.createTempFile("mpsh-test", ".err");
            try {
                Process p = new ProcessBuilder(argv)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(out).redirectError(err).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    p.waitFor();
                    throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", argv));
                }
                return new Outcome(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                        Files.readString(err.toPath(), StandardCharsets.UTF_8));
            } finally {
                out.delete();
                err.delete();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", argv) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs a command line inside a namespace with {@code ip netns exec}; fails the test if it fails. */
    public static Outcome inNs(String netns, String... argv) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", netns));
        full.addAll(List.of(argv));
        Outcome o = command(300, full.toArray(String[]::new));
        if (o.status() != 0) {
            throw new AssertionError("failed in " + netns + ": " + String.join(" ", argv) + "\n" + o);
        }
        return o;
    }

    /** The names in /run/netns now. */
    public static List<String> netnsNames() {
        Path dir = Path.of("/run/netns");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
