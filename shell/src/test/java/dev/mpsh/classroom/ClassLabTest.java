package dev.mpsh.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.lab.LabLayout;
import dev.mpsh.output.Json;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A class of three real labs: 'class up 3' builds them, the board follows a fix applied in one
 * of them only, a shell confined to one lab refuses another lab's namespaces while its own work,
 * and 'class down' leaves no namespace and no class record behind.
 */
class ClassLabTest {
    private final String prefix = LabTests.uniqueLabName("c");
    private final LabShell instructor = new LabShell(prefix + "01");

    private LiveReading live;

    @AfterEach
    void down() {
        if (live != null) {
            live.close(); // its threads hold the labs' namespaces
        }
        if (Files.exists(Roster.file(LabLayout.stateDir(), prefix))) {
            instructor.run("class down --prefix " + prefix);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> board() {
        return (List<Map<String, Object>>) ((Map<String, Object>) Json.read(instructor.ok("class status --json --prefix " + prefix).out())).get("labs");
    }

    private static Map<String, Map<String, Object>> byLab(List<Map<String, Object>> board) {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        board.forEach(row -> out.put((String) row.get("lab"), row));
        return out;
    }

    private static Map<String, Integer> applied(List<Map<String, Object>> board) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (Map<String, Object> row : board) {
            out.put((String) row.get("lab"), ((Number) row.get("fixes_applied")).intValue());
        }
        return out;
    }

    /** The inodes of the network namespaces in /run/netns whose name starts with start. */
    private static Set<Long> inodes(String start) throws IOException {
        Set<Long> out = new java.util.HashSet<>();
        try (Stream<Path> nss = Files.list(Path.of("/run/netns"))) {
            for (Path p : nss.filter(p -> p.getFileName().toString().startsWith(start)).toList()) {
                out.add((Long) Files.getAttribute(p, "unix:ino"));
            }
        }
        assertFalse(out.isEmpty(), "no namespace of " + start);
        return out;
    }

    /**
     * The threads of this JVM (TID and name) in any of those namespaces. An inode names a
     * namespace only while something holds it: once freed, the kernel may give its number to
     * a new one, so only namespaces a thread held all along are asked about.
     */
    private static Map<String, Long> threadsIn(Set<Long> netns) throws IOException {
        Map<String, Long> in = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    long ino = (Long) Files.getAttribute(t.resolve("ns/net"), "unix:ino");
                    if (netns.contains(ino)) {
                        in.put(t.getFileName() + " " + Files.readString(t.resolve("comm")).strip(), ino);
                    }
                } catch (IOException e) {
                    // the thread ended while listed
                }
            }
        }
        return in;
    }

    /** Waits (a ceiling of minutes against a hang) until no thread of this JVM is in any of those namespaces. */
    private static void awaitNoThreadIn(Set<Long> netns, String what) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (true) {
            Map<String, Long> in = threadsIn(netns);
            if (in.isEmpty()) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "threads " + in.keySet() + " are still in " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void aClassOfThreeLabsFollowsEachLabAndLeavesNothingBehind() throws Exception {
        LabTests.requireLab();
        String one = prefix + "01";
        String two = prefix + "02";
        String three = prefix + "03";
        LabShell.Outcome up = instructor.ok("class up 3 --prefix " + prefix);
        assertTrue(up.out().contains("sudo mpsh --lab " + two), up.toString());

        List<Map<String, Object>> board = board();
        assertEquals(3, board.size(), board.toString());
        for (Map<String, Object> row : board) {
            assertEquals("up", row.get("state"), row.toString());
            assertEquals(0, ((Number) row.get("fixes_applied")).intValue(), row.toString());
            assertTrue(((Number) row.get("fixes_total")).intValue() > 0, row.toString());
        }

        // The live board keeps the threads it entered each lab's namespaces with.
        long[] clock = {System.currentTimeMillis()};
        live = new LiveReading(prefix, Map.of(), "/nonexistent", () -> clock[0]);
        assertEquals(List.of("up", "up", "up"), live.read().rows().stream().map(ClassBoard.Row::state).toList());
        int kept = live.keptThreads();
        int entries = live.namespaceEntries();
        assertTrue(kept >= 3 && entries == kept, "a thread in each namespace read: " + kept + " kept, " + entries + " entered");
        clock[0] += LiveReading.MAX_AGE_MS;
        assertEquals(List.of("up", "up", "up"), live.read().rows().stream().map(ClassBoard.Row::state).toList());
        assertEquals(6, live.kernelReadings(), "every lab read again once its kernel part was 30 s old");
        assertEquals(entries, live.namespaceEntries(), "with the threads kept, none entered again");

        LabShell trainee = new LabShell(two);
        String fix = trainee.scenario().fixes().stream().filter(f -> f.requires().isEmpty()).findFirst().orElseThrow().id();
        trainee.ok("fix apply " + fix);
        assertEquals(Map.of(one, 0, two, 1, three, 0), applied(board()));

        LabShell confined = new LabShell(one).confined();
        for (String line : List.of("ip netns exec " + two + "-client ip addr", "ns " + two + "-client",
                "nsenter --net=/run/netns/" + two + "-client true", "--lab " + two, "ip -n " + three + "-client addr",
                two + "-client ip addr", "sh ip netns list", "ns host")) {
            LabShell.Outcome o = confined.run(line);
            assertEquals(126, o.status(), line + ":\n" + o);
            assertEquals(1, o.errLines().size(), line + ":\n" + o);
            assertTrue(o.err().contains("refused: this shell is confined to lab '" + one + "'"), line + ":\n" + o);
        }
        LabShell.Outcome nested = confined.run("counters -- ip netns exec " + two + "-client true");
        assertTrue(nested.err().contains("refused: this shell is confined"), "a statement inside another is guarded too:\n" + nested);
        LabShell.Outcome own = confined.run("client ip -br addr");
        assertEquals(0, own.status(), own.toString());
        assertTrue(own.out().contains("eth1"), own.toString());
        assertEquals(0, confined.run("ip netns exec " + one + "-client true").status());
        assertEquals(Map.of(one, 0, two, 1, three, 0), applied(board()), "nothing a refused line did may show");

        // The last check and when, for the lab it ran in only.
        LabShell third = new LabShell(three);
        LabShell.Outcome check = third.run("check");
        assertEquals(1, check.status(), "a broken lab does not pass:\n" + check);
        Map<String, Map<String, Object>> rows = byLab(board());
        assertEquals(false, rows.get(three).get("check_passed"), rows.toString());
        assertTrue(((Number) rows.get(three).get("check_score")).intValue() < ((Number) rows.get(three).get("check_max")).intValue());
        assertTrue(rows.get(three).get("check_at") instanceof String, rows.toString());
        assertEquals(null, rows.get(one).get("check_score"), "no check ran in " + one);
        // When a command last ran: the trainee's of lab two and three did, the confined shell of one did too.
        assertTrue(rows.get(two).get("last_command_at") instanceof String, rows.toString());

        // The walkthrough's step and language come from the lab's progress file.
        Path state = Files.createTempDirectory("mpsh-class-state");
        try {
            dev.mpsh.api.Lesson lesson = trainee.scenario().lesson();
            String second = lesson.steps().get(1).id();
            dev.mpsh.walkthrough.ProgressStore.forLab(two, Map.of("XDG_STATE_HOME", state.toString()), "/nonexistent")
                    .save(dev.mpsh.walkthrough.Progress.begin(trainee.scenario().id(), "ja", second));
            Map<String, Object> row = ClassBoard.read(List.of(Roster.read(LabLayout.stateDir(), prefix)),
                    Map.of("XDG_STATE_HOME", state.toString()), "/nonexistent").rows().stream()
                    .filter(r -> r.lab().equals(two)).findFirst()
                    .map(r -> Map.<String, Object>of("step", r.step(), "index", r.stepIndex(), "lang", r.lang())).orElseThrow();
            assertEquals(Map.of("step", second, "index", 2, "lang", "ja"), row);
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        LabShell.Outcome again = instructor.run("class up 3 --prefix " + prefix);
        assertEquals(1, again.status(), again.toString());
        assertTrue(again.err().contains("already up"), again.toString());
        assertEquals(2, instructor.run("class reset " + prefix + "09").status());

        Set<Long> before = Set.copyOf(threadsIn(inodes(two)).values());
        assertFalse(before.isEmpty(), "the board holds threads in " + two + "'s namespaces");
        instructor.ok("class reset " + two);
        assertEquals(Map.of(one, 0, two, 0, three, 0), applied(board()), "reset rebuilds the lab broken");
        int enteredBefore = live.namespaceEntries();
        ClassBoard.Row reset = live.read().rows().stream().filter(r -> r.lab().equals(two)).findFirst().orElseThrow();
        assertEquals("up", reset.state());
        assertEquals(0, reset.fixesApplied(), "the rebuilt lab is read, not the one before");
        assertTrue(live.namespaceEntries() > enteredBefore, "its new namespaces are entered afresh");
        awaitNoThreadIn(before, "the reset lab's old namespaces");

        Set<Long> all = Set.copyOf(threadsIn(inodes(prefix)).values());
        assertFalse(all.isEmpty(), "the board holds threads in the class's namespaces");

        instructor.ok("class down --prefix " + prefix);
        assertEquals(List.of(), live.read().rows(), "the class is gone from the board");
        assertEquals(0, live.keptThreads(), "and the board let go of its namespaces");
        awaitNoThreadIn(all, "the class's namespaces, once it is down");
        live.close();
        try (Stream<Path> left = Files.list(Path.of("/run/netns"))) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList());
        }
        assertFalse(Files.exists(Roster.file(LabLayout.stateDir(), prefix)), "the class record is gone");
        try (Stream<Path> left = Files.list(LabLayout.stateDir())) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList());
        }
    }
}
