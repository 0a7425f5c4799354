package dev.mpsh.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program running in a private tmux server (its own socket), driven by send-keys and read with
 * capture-pane. {@link #close()} kills only that server.
 */
public final class Tmux implements AutoCloseable {
    private final String socket;
    private String socketPath;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Starts {@code shellCommand} in a fresh tmux server; skips the test when tmux is missing. */
    public static Tmux start(String shellCommand, int width, int height) throws IOException, InterruptedException {
        if (!onPath("tmux")) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("tmux is not installed; './mpsh --test' installs it");
            }
            assumeTrue(false, "tmux is not installed; './mpsh --test' installs it");
        }
        Tmux t = new Tmux("mpsh-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        t.tmux("new-session", "-d", "-s", "main", "-x", String.valueOf(width), "-y", String.valueOf(height), shellCommand);
        t.socketPath = t.tmux("display-message", "-p", "#{socket_path}").strip();
        return t;
    }

    /** Keys as tmux names them ("Enter", "Tab", "C-c") or literal text. */
    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "main"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Literal text, no key names interpreted. */
    public void text(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "main", "-l", text);
    }

    /** Resizes the window, as a user dragging the terminal's corner would. */
    public void resize(int width, int height) throws IOException, InterruptedException {
        tmux("resize-window", "-t", "main", "-x", String.valueOf(width), "-y", String.valueOf(height));
    }

    public String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "main");
    }

    /** How long a wait may last: long enough that only a hang reaches it, on any machine. */
    public static final long CEILING_MS = 5 * 60_000;

    /**
     * Waits until the screen satisfies {@code condition}; fails with the screen if it never does
     * within {@link #CEILING_MS}.
     */
    public String await(String what, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + CEILING_MS;
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    public String await(String text) throws IOException, InterruptedException {
        return await("'" + text + "'", s -> s.contains(text));
    }

    /**
     * Waits until a process whose arguments are exactly {@code argv} runs on this machine (seen
     * in /proc): the signal that a command typed into the terminal has started.
     */
    public static void awaitProcess(String... argv) throws InterruptedException {
        String wanted = String.join("\0", argv) + "\0";
        long deadline = System.currentTimeMillis() + CEILING_MS;
        while (ProcessHandle.allProcesses().noneMatch(p -> cmdline(p.pid()).equals(wanted))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no process " + String.join(" ", argv) + " started");
            }
            Thread.sleep(20);
        }
    }

    private static String cmdline(long pid) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return ""; // gone, or not ours to read
        }
    }

    /** The last line of the screen that is not blank. */
    public static String lastLine(String screen) {
        String[] lines = screen.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out.strip());
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // The programs in the pane, so that close returns only once they are gone: a shell
        // still exiting would write its history into a directory the test is removing.
        List<ProcessHandle> inPane = new ArrayList<>();
        try {
            for (String pid : tmux("list-panes", "-a", "-F", "#{pane_pid}").strip().split("\n")) {
                ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(h -> {
                    inPane.add(h);
                    // not what left the pane's session (a lab's echo servers run setsid: the lab outlives the shell)
                    long session = session(h.pid());
                    h.descendants().filter(d -> session(d.pid()) == session).forEach(inPane::add);
                });
            }
        } catch (IOException | NumberFormatException e) {
            // the server is gone already, and its panes with it
        }
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // already gone
        }
        long deadline = System.currentTimeMillis() + CEILING_MS; // one ceiling for them all
        for (ProcessHandle h : inPane) {
            try {
                h.onExit().get(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly(); // no hang-up reached it (a background job); it is ours, started by this pane
            }
        }
        if (socketPath != null && !socketPath.isEmpty()) {
            // kill-server leaves the socket file behind
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(socketPath));
        }
    }

    /** The session id of pid (field 6 of /proc/PID/stat), -1 when it is gone. */
    private static long session(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
