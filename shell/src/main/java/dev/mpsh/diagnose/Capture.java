package dev.mpsh.diagnose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short packet capture: tcpdump in one namespace, on one device, with one filter, counting
 * the packets it prints while connections are attempted. Started before and stopped after them.
 */
final class Capture implements AutoCloseable {
    /** Only a tcpdump that never starts hits this; a loaded machine can take seconds. */
    private static final long READY_MILLIS = 60_000;

    private final String ns;
    private final String netns;
    private final String device;
    private final String filter;
    private final AtomicLong packets = new AtomicLong();
    private final CountDownLatch listening = new CountDownLatch(1);
    /** tcpdump's closing statistics on stderr: "1 packet captured", "0 packets dropped by kernel". */
    private static final java.util.regex.Pattern STATS =
            java.util.regex.Pattern.compile("\\d+ packets? (captured|received by filter|dropped by .*)");

    private final List<Thread> readers = new java.util.ArrayList<>();
    private Process process;
    private volatile String failure;

    Capture(String ns, String netns, String device, String filter) {
        this.ns = ns;
        this.netns = netns;
        this.device = device;
        this.filter = filter;
    }

    /** Starts tcpdump and waits until it listens; a failure is kept and reported by {@link #observation()}. */
    void start() {
        try {
            process = new ProcessBuilder(List.of("ip", "netns", "exec", netns, "tcpdump", "-i", device, "-nn", "-l", "-q", "-p", filter))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            failure = "cannot run tcpdump: " + e.getMessage();
            return;
        }
        reader(process.getInputStream(), line -> packets.incrementAndGet());
        reader(process.getErrorStream(), line -> {
            if (line.contains("listening on")) {
                listening.countDown();
            } else if (!line.isBlank() && !STATS.matcher(line.strip()).matches() && !line.contains("verbose output")) {
                failure = "tcpdump: " + line.strip();
            }
        });
        try {
            if (!listening.await(READY_MILLIS, TimeUnit.MILLISECONDS)) {
                failure = failure != null ? failure : "tcpdump did not start listening within " + READY_MILLIS / 1000 + " s";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reader(java.io.InputStream in, java.util.function.Consumer<String> each) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    each.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "capture-reader");
        t.setDaemon(true);
        t.start();
        readers.add(t);
    }

    /** The shell command a trainee types to watch the same. */
    String command() {
        return "ip netns exec " + netns + " tcpdump -ni " + device + " '" + filter + "'";
    }

    Observation observation() {
        if (failure != null) {
            return new Observation(failure, command(), -1);
        }
        long n = packets.get();
        return new Observation(n + " packet" + (n == 1 ? "" : "s") + " matching '" + filter + "' on " + device + " in " + ns,
                command(), n);
    }

    /** Stops tcpdump (SIGTERM, as Ctrl-C would) and lets it flush what it saw. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (Thread t : readers) {
                t.join(60_000); // the readers drain the last lines; they end with tcpdump's output
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
