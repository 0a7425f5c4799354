package dev.mpsh.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * MPTCP connections held open by a process that is not mpsh (python3, socket.IPPROTO_MPTCP),
 * in one namespace, until closed; or such a process's MPTCP echo server. For tests that need
 * connections made before mpsh watched.
 */
public final class HeldConnections implements AutoCloseable {
    private final Process process;
    private final Path script;

    private HeldConnections(Process process, Path script) {
        this.process = process;
        this.script = script;
    }

    /** Opens count connections from netns to host:port and waits (up to minutes) until each echoed a line. */
    public static HeldConnections open(String netns, String host, int port, int count) throws IOException {
        return start("mptcp_hold.py", "ready", netns, host, String.valueOf(port), String.valueOf(count));
    }

    /** An MPTCP echo server in netns on host:port, listening once this returns. */
    public static HeldConnections server(String netns, String host, int port) throws IOException {
        return start("mptcp_echo.py", "listening", netns, host, String.valueOf(port));
    }

    private static HeldConnections start(String resource, String readyLine, String netns, String... args) throws IOException {
        Path script = Files.createTempFile("mpsh-test", ".py");
        try (InputStream in = Objects.requireNonNull(HeldConnections.class.getResourceAsStream(resource), resource)) {
            Files.write(script, in.readAllBytes());
        }
        List<String> argv = new java.util.ArrayList<>(List.of("ip", "netns", "exec", netns, "python3", script.toString()));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        HeldConnections held = new HeldConnections(p, script);
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals(readyLine)) {
                        return null;
                    }
                    seen.append(line).append('\n');
                }
            } catch (IOException e) {
                seen.append(e);
            }
            return seen.toString();
        });
        try {
            String failure = ready.get(3, TimeUnit.MINUTES);
            if (failure != null) {
                held.close();
                throw new IOException(resource + " did not start: " + failure);
            }
        } catch (Exception e) {
            held.close();
            throw e instanceof IOException io ? io : new IOException(resource + " did not start: " + e, e);
        }
        return held;
    }

    /** Closes its input, so it closes its connections and ends; kills it if it does not. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }
}
