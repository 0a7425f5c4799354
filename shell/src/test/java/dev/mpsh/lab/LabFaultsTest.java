package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioParser;
import dev.mpsh.command.CommandException;
import dev.mpsh.testing.LabTests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults the lab survives, each with the one line that says what happened and what to do:
 * a setup command failing half-way, a server killed, a namespace deleted by hand, two shells
 * building one lab at once, a state directory that cannot be written.
 */
class LabFaultsTest {
    private LabHarness lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = new LabHarness(LabTests.uniqueLabName("f"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lab != null) {
            lab.cleanUp();
        }
    }

    /** An interface name already taken, after namespaces, a veth pair and a server exist. */
    @Test
    void aSetupCommandThatFailsHalfWayIsNamedAndEverythingBuiltIsRemoved() throws Exception {
        Scenario sc = ScenarioParser.parse("taken.scenario", """
                scenario taken
                title en Taken
                title ja 使用中
                namespace a
                namespace b
                setup a ip link add x type veth peer name y netns {ns:b}
                setup a ip addr add 10.9.0.1/24 dev x
                setup b ip addr add 10.9.0.2/24 dev y
                setup b ip link add y type dummy
                setup b ip link set y up
                server echo b echo 0.0.0.0:7
                """);
        LabEngine engine = new LabEngine(lab.layout(), ScenarioSource.of(sc));
        // Between steps, note what the journal holds: the server and namespaces to look for after.
        List<long[]> servers = new ArrayList<>();
        List<Long> inodes = new ArrayList<>();
        CommandException e = assertThrows(CommandException.class, () -> engine.up(line -> { }, () -> {
            try {
                servers.addAll(lab.recordedServers());
                inodes.addAll(lab.recordedNetnsInodes());
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return false;
        }));
        assertEquals("'ip -n " + lab.lab + "-b link add y type dummy' failed: RTNETLINK answers: File exists;"
                + " nothing was left behind", e.getMessage());
        assertFalse(servers.isEmpty(), "the server was started before the failing command");
        assertFalse(inodes.isEmpty(), "the namespaces were made before the failing command");
        lab.assertNothingLeft(servers);
        LabHarness.assertNoProcessIn(inodes);
        assertFalse(Files.exists(lab.layout().labLockFile()), "lock file left behind");
    }

    /** The same through a real mpsh, with the scenario loaded as a plugin from the user's plugin directory. */
    @Test
    void aPluginScenarioWhoseSetupFailsHalfWayLeavesNothing() throws Exception {
        Path config = Files.createTempDirectory("mpsh-config");
        Path plugin = Files.createDirectories(config.resolve("mpsh/plugins/ftaken"));
        Files.writeString(plugin.resolve("ftaken.scenario"), """
                scenario ftaken
                title en Taken
                title ja 使用中
                namespace a
                namespace b
                setup a ip link add x type veth peer name y netns {ns:b}
                setup b ip link add y type dummy
                server echo b echo 0.0.0.0:7
                """);
        try {
            Path err = Files.createTempFile("mpsh-err", ".txt");
            java.util.Map<String, String> env = new java.util.HashMap<>();
            env.put("XDG_CONFIG_HOME", config.toString());
            Process p = mpsh(err, env, "--scenario", "ftaken", "-c", "lab up");
            String said = finish(p, err);
            assertEquals(1, p.exitValue(), said);
            assertEquals("lab: 'ip -n " + lab.lab + "-b link add y type dummy' failed: RTNETLINK answers: File exists;"
                    + " nothing was left behind\n", said);
            lab.assertNothingLeft(List.of());
            assertFalse(Files.exists(lab.layout().labLockFile()), "lock file left behind");
        } finally {
            try (var files = Files.walk(config)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void aKilledServerIsShownDownCheckAndDiagnoseSaySoFirstAndLabUpRestartsJustIt() throws Exception {
        assertEquals(0, lab.run("lab up").status());
        StateJournal.ServerProcess app1 = server("app-1");
        StateJournal.ServerProcess app2 = server("app-2");
        ProcessHandle h = ProcessHandle.of(app1.pid()).orElseThrow();
        h.destroyForcibly(); // SIGKILL
        h.onExit().get(5, TimeUnit.MINUTES);
        awaitGone(app1);

        String down = "server app-1 is down (its process " + app1.pid() + " is gone); 'lab up' restarts it";
        LabHarness.Run status = lab.run("lab status");
        assertEquals(0, status.status(), status.err());
        List<String> lines = status.out().lines().toList();
        assertEquals("lab " + lab.lab + " (handover): broken", lines.get(0), status.out());
        assertEquals(down, lines.get(1), status.out());
        String json = lab.run("lab status --json").out();
        assertTrue(json.contains("{\"name\":\"app-1\",\"namespace\":\"app-1\",\"pid\":" + app1.pid()
                + ",\"port\":80,\"running\":false,\"accepting\":false}"), json);
        assertTrue(json.contains("\"problems\":[\"" + down + "\"]"), json);

        String said = "server app-1 of lab '" + lab.lab + "' is down (its process " + app1.pid() + " is gone); 'lab up' restarts it";
        LabHarness.Run check = lab.run("check");
        assertEquals(1, check.status());
        assertEquals(List.of("check: " + said), check.errLines());
        assertEquals("", check.out());
        LabHarness.Run diagnose = lab.run("diagnose");
        assertEquals(1, diagnose.status());
        assertEquals("diagnose: " + said, diagnose.errLines().get(0), diagnose.err());
        assertFalse(diagnose.out().isBlank(), "diagnose still reports its findings");
        LabHarness.Run diagnoseJson = lab.run("diagnose --json");
        assertEquals(1, diagnoseJson.status());
        assertTrue(diagnoseJson.out().startsWith("{\"schema\":1,\"healthy\":false,\"servers_down\":[\"" + said + "\"],"), diagnoseJson.out());

        LabHarness.Run up = lab.run("lab up");
        assertEquals(0, up.status(), up.err());
        StateJournal.ServerProcess restarted = server("app-1");
        assertNotEquals(app1.pid(), restarted.pid());
        assertEquals("lab '" + lab.lab + "' was up with a server down: restarted app-1 (PID " + restarted.pid()
                + "); nothing else was changed\n", up.out());
        assertEquals(app2, server("app-2"), "app-2 was running and must be left alone");
        assertTrue(ProcFs.running(app2.pid(), app2.startTime()));
        assertTrue(lab.run("lab status").out().startsWith("lab " + lab.lab + " (handover): up\n"));

        LabHarness.Run again = lab.run("lab up");
        assertEquals(List.of("lab: lab '" + lab.lab + "' is already up; 'lab reset' rebuilds it broken, 'lab down' removes it"),
                again.errLines());
        List<long[]> servers = lab.recordedServers();
        servers.add(new long[] {app1.pid(), app1.startTime()});
        List<Long> inodes = lab.recordedNetnsInodes();
        assertEquals(0, lab.run("lab down").status());
        lab.assertNothingLeft(servers);
        LabHarness.assertNoProcessIn(inodes);
    }

    @Test
    void aNamespaceDeletedByHandIsReportedAndLabDownRemovesTheRest() throws Exception {
        assertEquals(0, lab.run("lab up").status());
        List<long[]> servers = lab.recordedServers();
        List<Long> inodes = lab.recordedNetnsInodes();
        String app1 = lab.layout().netnsName("app-1");
        LabHarness.sh("ip", "netns", "del", app1);

        String gone = "namespace " + app1 + " is gone (deleted outside mpsh); 'lab down' removes the rest of the lab,"
                + " then 'lab up' builds it again";
        List<String> status = lab.run("lab status").out().lines().toList();
        assertEquals(List.of("lab " + lab.lab + " (handover): broken", gone), status.subList(0, 2), String.join("\n", status));
        assertTrue(status.stream().anyMatch(l -> l.matches("app-1\\s+" + app1 + "\\s+\\(missing\\)\\s*")), String.join("\n", status));
        String json = lab.run("lab status --json").out();
        assertTrue(json.contains("{\"name\":\"app-1\",\"netns\":\"" + app1 + "\",\"present\":false,\"interfaces\":[]}"), json);

        assertEquals(List.of("lab: lab '" + lab.lab + "' is broken: namespace " + app1
                + " is gone; run 'lab down' (it removes the rest), then 'lab up'"), lab.run("lab up").errLines());
        assertEquals(List.of("check: namespace " + app1 + " of lab '" + lab.lab + "' is gone; run 'lab down' then 'lab up'"),
                lab.run("check").errLines());

        LabHarness.Run down = lab.run("lab down");
        assertEquals(0, down.status(), down.err());
        assertEquals("lab '" + lab.lab + "' is down (namespace " + app1 + " had already been deleted)\n", down.out());
        lab.assertNothingLeft(servers);
        // The server of app-1 kept the deleted namespace alive; stopping it freed that too.
        LabHarness.assertNoProcessIn(inodes);
    }

    /**
     * A second mpsh runs 'lab up' while this one is building the lab: this build is held between
     * two steps until the other process has answered, so the two surely overlap.
     */
    @Test
    void aSecondLabUpWhileTheLabIsBeingBuiltSaysSoAndBuildsNothing() throws Exception {
        LabEngine engine = new LabEngine(lab.layout(), new ScenarioSource());
        String[] other = new String[1];
        int[] exit = {-1};
        List<String> seenNamespaces = new ArrayList<>();
        String result = engine.up(line -> { }, () -> {
            if (other[0] == null) {
                try {
                    seenNamespaces.addAll(lab.namespacesNow());
                    Path err = Files.createTempFile("mpsh-err", ".txt");
                    Process p = mpsh(err, java.util.Map.of(), "-c", "lab up");
                    other[0] = finish(p, err);
                    exit[0] = p.exitValue();
                    assertEquals(seenNamespaces, List.copyOf(lab.namespacesNow()), "the second mpsh changed the namespaces");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return false;
        });
        assertEquals(1, exit[0], other[0]);
        assertEquals("lab: lab '" + lab.lab + "' is being built or removed by another mpsh (PID " + ProcessHandle.current().pid()
                + "); wait for it to finish, then run 'lab status'\n", other[0]);
        assertTrue(result.startsWith("lab '" + lab.lab + "' is up: 6 namespaces, 2 servers"), result);
        assertTrue(lab.run("lab status").out().startsWith("lab " + lab.lab + " (handover): up\n"), "the first build completed");
        List<long[]> servers = lab.recordedServers();
        assertEquals(0, lab.run("lab down").status());
        lab.assertNothingLeft(servers);
        assertFalse(Files.exists(lab.layout().labLockFile()), "lock file left behind");
    }

    /** Two 'lab up' started together: whichever gets the lock builds; the lab ends whole, never half. */
    @Test
    void twoLabUpsAtOnceBuildOneWholeLab() throws Exception {
        List<Process> ps = new ArrayList<>();
        List<Path> errFiles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            errFiles.add(Files.createTempFile("mpsh-err", ".txt"));
            ps.add(mpsh(errFiles.get(i), java.util.Map.of(), "-c", "lab up"));
        }
        List<String> errs = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < 2; i++) {
            String err = finish(ps.get(i), errFiles.get(i));
            if (ps.get(i).exitValue() == 0) {
                ok++;
            } else {
                errs.add(err.strip());
            }
        }
        assertEquals(1, ok, "exactly one builds: " + errs);
        // The PID is named once the holder has written it into the lock file; a moment before, not.
        String busy = Pattern.quote("lab: lab '" + lab.lab + "' is being built or removed by another mpsh")
                + "(?: \\(PID \\d+\\))?" + Pattern.quote("; wait for it to finish, then run 'lab status'");
        String already = "lab: lab '" + lab.lab + "' is already up; 'lab reset' rebuilds it broken, 'lab down' removes it";
        assertTrue(errs.get(0).matches(busy) || errs.get(0).equals(already), errs.get(0));
        assertTrue(lab.run("lab status").out().startsWith("lab " + lab.lab + " (handover): up\n"), "a whole lab");
        List<long[]> servers = lab.recordedServers();
        assertEquals(2, servers.size());
        assertEquals(0, lab.run("lab down").status());
        lab.assertNothingLeft(servers);
    }

    /** Root may write anywhere it has permission bits for; an immutable directory stops even root. */
    @Test
    void aStateDirectoryThatCannotBeWrittenStopsLabUpBeforeItCreatesAnything() throws Exception {
        Path dir = Files.createTempDirectory("mpsh-labs");
        LabHarness.sh("chattr", "+i", dir.toString());
        System.setProperty(LabLayout.DIR_PROPERTY, dir.toString());
        try {
            assertEquals(dir, lab.layout().runDir());
            LabHarness.Run up = lab.run("lab up");
            assertEquals(1, up.status());
            assertEquals(List.of("lab: cannot write the lab's state in " + dir + " (cannot create " + dir + "/" + lab.lab
                    + ".lock: operation not permitted); lab up created nothing: make that directory writable for root,"
                    + " then run 'lab up' again"), up.errLines());
            assertEquals(Set.of(), lab.namespacesNow());
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.toList());
            }

            // With files of the lab's already there (its lock), the first file it must add stops it.
            LabHarness.sh("chattr", "-i", dir.toString());
            Files.createFile(lab.layout().labLockFile());
            Files.createFile(lab.layout().lockFile());
            LabHarness.sh("chattr", "+i", dir.toString());
            LabHarness.Run again = lab.run("lab up");
            assertEquals(List.of("lab: cannot write the lab's state in " + dir + " (cannot write " + lab.layout().stateFile()
                    + ": operation not permitted); lab up created nothing: make that directory writable for root,"
                    + " then run 'lab up' again"), again.errLines());
            assertEquals(Set.of(), lab.namespacesNow());
            try (var files = Files.list(dir)) {
                assertEquals(Set.of(lab.layout().labLockFile(), lab.layout().lockFile()), Set.copyOf(files.toList()));
            }
        } finally {
            System.clearProperty(LabLayout.DIR_PROPERTY);
            LabHarness.sh("chattr", "-i", dir.toString());
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
        assertEquals(Set.of(), lab.namespacesNow());
        assertFalse(Files.exists(lab.layout().stateFile()));
    }

    /** Starts 'mpsh --lab LAB ARGS...' as its own process, its stderr into errFile. */
    private Process mpsh(Path errFile, java.util.Map<String, String> env, String... args) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> argv = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.mpsh.Main", "--lab", lab.lab));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits (under minutes: only a hang fails here) and returns what it wrote on stderr. */
    private static String finish(Process p, Path errFile) throws Exception {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mpsh hung: " + Files.readString(errFile));
        }
        String err = Files.readString(errFile, StandardCharsets.UTF_8);
        Files.delete(errFile);
        return err;
    }

    private StateJournal.ServerProcess server(String name) throws Exception {
        return new StateJournal(lab.layout().stateFile()).read().servers().stream()
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The killed process has been reaped: the signal is its /proc entry changing, waited for under minutes. */
    private static void awaitGone(StateJournal.ServerProcess s) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (ProcFs.running(s.pid(), s.startTime())) {
            assertTrue(System.nanoTime() < deadline, "server " + s.pid() + " still runs after SIGKILL");
            Thread.sleep(10);
        }
    }
}
