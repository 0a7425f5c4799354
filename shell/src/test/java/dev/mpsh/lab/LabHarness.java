package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Drives mpsh commands for one lab through the real dispatcher, and looks at the host directly. */
final class LabHarness {

    /** What one command printed and returned. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    /** §1.1: every address of the topology, by namespace, as "DEV ADDR/PREFIX". */
    static final Map<String, Set<String>> TOPOLOGY = Map.of(
            "client", Set.of("lo 127.0.0.1/8", "eth1 10.0.81.10/24", "eth2 10.0.82.10/24"),
            "Router", Set.of("lo 127.0.0.1/8", "veth-rt-wifi 10.0.81.1/24", "veth-rt-cell 10.0.82.1/24", "veth-rt-lb 10.0.80.1/30"),
            "LB", Set.of("lo 127.0.0.1/8", "lo 10.0.83.1/32", "veth-lb-rt 10.0.80.2/30", "veth-lb-br 10.0.84.1/24"),
            "switch", Set.of("lo 127.0.0.1/8"),
            "app-1", Set.of("lo 127.0.0.1/8", "veth-app1 10.0.84.11/24"),
            "app-2", Set.of("lo 127.0.0.1/8", "veth-app2 10.0.84.12/24"));

    final String lab;
    private final Dispatcher dispatcher = new Dispatcher(Commands.all());

    LabHarness(String lab) {
        System.clearProperty(ServerLauncher.ECHO_MAIN_PROPERTY); // the real MPTCP echo server
        this.lab = lab;
    }

    Run run(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext ctx = new CommandContext(new Session(lab), dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, new Cancellation(), Style.PLAIN, false);
        int status = dispatcher.execute(line, ctx);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    LabLayout layout() {
        return LabLayout.of(lab);
    }

    /** The lab's namespaces present in /run/netns now (test-side view, by prefix). */
    Set<String> namespacesNow() throws IOException {
        Set<String> out = new TreeSet<>();
        Path dir = Path.of("/run/netns");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(lab + "-")).forEach(out::add);
        }
        return out;
    }

    /** Addresses in a namespace as "DEV ADDR/PREFIX", read with ip(8): an oracle independent of mpsh. */
    static Set<String> addresses(String netns) throws IOException, InterruptedException {
        Set<String> out = new TreeSet<>();
        for (String line : sh("ip", "-o", "-4", "-n", netns, "addr", "show").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 3) {
                out.add(f[1] + " " + f[3]);
            }
        }
        return out;
    }

    /** Runs a program and returns its stdout; fails the test when it fails. */
    static String sh(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", argv) + " hung");
        assertEquals(0, p.exitValue(), String.join(" ", argv) + ": " + out);
        return out;
    }

    /** The server processes the journal records now, as PID and start time (empty when there is none). */
    List<long[]> recordedServers() throws IOException {
        List<long[]> out = new ArrayList<>();
        StateJournal.State s = new StateJournal(layout().stateFile()).read();
        if (s != null) {
            s.servers().forEach(sp -> out.add(new long[] {sp.pid(), sp.startTime()}));
        }
        return out;
    }

    /** The nsfs inodes of the lab's recorded namespaces: a process still inside one after down is a leak. */
    List<Long> recordedNetnsInodes() throws IOException {
        List<Long> out = new ArrayList<>();
        StateJournal.State s = new StateJournal(layout().stateFile()).read();
        if (s != null) {
            s.namespaces().stream().filter(StateJournal.Netns::identified).forEach(n -> out.add(n.inode()));
        }
        return out;
    }

    /** No process is left inside any of these namespaces (they outlive 'ip netns del' while one is). */
    static void assertNoProcessIn(List<Long> netnsInodes) {
        for (long inode : netnsInodes) {
            assertEquals(List.of(), ProcFs.inNetns(inode), "processes left in namespace net:[" + inode + "]");
        }
    }

    List<Long> recordedServerPids() throws IOException {
        return recordedServers().stream().map(p -> p[0]).toList();
    }

    /**
     * After down: no namespace, none of these processes (PID and start time) still running or
     * exiting, no state file, no log directory.
     */
    void assertNothingLeft(List<long[]> servers) throws IOException {
        assertEquals(Set.of(), namespacesNow(), "namespaces left behind");
        for (long[] s : servers) {
            assertFalse(ProcFs.present(s[0], s[1]), "server process " + s[0] + " left running");
        }
        assertFalse(Files.exists(layout().stateFile()), "state file left behind");
        assertFalse(Files.exists(layout().logDir()), "log directory left behind");
    }

    /** Best-effort removal after a test: mpsh's own down, then anything the test made by hand. */
    void cleanUp() throws IOException, InterruptedException {
        run("lab down");
        for (String ns : namespacesNow()) {
            new ProcessBuilder("ip", "netns", "del", ns).start().waitFor();
        }
    }

    static Map<String, Set<String>> topologyOf(LabHarness h) throws IOException, InterruptedException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String ns : TOPOLOGY.keySet()) {
            out.put(ns, addresses(h.layout().netnsName(ns)));
        }
        return out;
    }
}
