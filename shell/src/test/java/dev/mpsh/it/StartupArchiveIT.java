package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checkout's launcher with a class-data-sharing archive that cannot be used (docs/performance.md,
 * "Start-up"): it still starts, prints exactly what it prints with a good archive, and leaves a good
 * archive behind for the next run.
 */
class StartupArchiveIT {
    private static final Path ARCHIVES = Run.home().resolve("shell/target/cds");
    private static final String MPSH = Run.home().resolve("mpsh").toString();

    private Outcome version;
    private Outcome help;

    @BeforeEach
    void aGoodArchive() {
        version = Run.command(120, MPSH, "--version"); // a short run makes the archive if there is none
        assertEquals(0, version.status(), version.toString());
        assertTrue(version.out().startsWith("mpsh "), version.toString());
        help = Run.command(120, MPSH, "-c", "help");
        assertEquals(0, help.status(), help.toString());
        assertEquals(1, archives().size(), "one archive in " + ARCHIVES + ": " + archives());
    }

    @Test
    void garbageInTheArchivesPlaceIsIgnoredSilently() throws IOException {
        Path archive = archives().get(0);
        byte[] garbage = new byte[(int) Files.size(archive)];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        Files.write(archive, garbage); // same size, so the launcher passes it and the JVM must refuse it
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(version, Run.command(120, MPSH, "--version"));
        assertEquals(help, Run.command(120, MPSH, "-c", "help"));
        replaceWithAGoodOne(archive);
    }

    @Test
    void aTruncatedArchiveIsNotUsedAndIsMadeAgain() throws IOException {
        Path archive = archives().get(0);
        byte[] half = Arrays.copyOf(Files.readAllBytes(archive), (int) (Files.size(archive) / 2));
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        Files.write(archive, half); // JDK 17 would die of SIGBUS if it mapped this
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(version, Run.command(120, MPSH, "--version"));
        assertMadeAgain(archive);
        assertEquals(help, Run.command(120, MPSH, "-c", "help"));
    }

    @Test
    void anArchiveOfAnotherJdkOrOtherJarsIsNotUsedAndIsReplaced() throws IOException {
        Path archive = archives().get(0);
        Path stale = ARCHIVES.resolve("1-" + Files.size(archive) + ".jsa");
        Files.move(archive, stale);
        assertEquals(version, Run.command(120, MPSH, "--version"));
        assertMadeAgain(archive);
        assertEquals(help, Run.command(120, MPSH, "-c", "help"));
    }

    @Test
    void anArchiveTheJvmRefusesWithAWarningIsRefusedSilently() throws IOException {
        // An archive made before a jar changed, under the key of the changed jars: the JVM checks
        // the jar's mtime itself and, unless told not to, prints a warning on every start.
        Path archive = archives().get(0);
        Path jar = jars().get(jars().size() - 1);
        FileTime mtime = Files.getLastModifiedTime(jar);
        try {
            Files.setLastModifiedTime(jar, FileTime.fromMillis(mtime.toMillis() + 10_000));
            Outcome key = Run.command(60, Stream.concat(Stream.of("bash", "-c", ". \"$0\"; cds_key \"$@\"",
                    Run.home().resolve("packaging/bin/cds.bash").toString()), jars().stream().map(Path::toString)).toArray(String[]::new));
            assertEquals(0, key.status(), key.toString());
            Path refused = ARCHIVES.resolve(key.out().strip() + "-" + Files.size(archive) + ".jsa");
            Files.move(archive, refused);
            assertEquals(version, Run.command(120, MPSH, "--version"));
            assertEquals(help, Run.command(120, MPSH, "-c", "help"));
            assertEquals(List.of(refused), archives(), "the launcher found the archive of its key and passed it on");
        } finally {
            Files.setLastModifiedTime(jar, mtime);
        }
        Files.delete(archives().get(0));
        assertEquals(version, Run.command(120, MPSH, "--version"));
        assertMadeAgain(archive);
    }

    /** The jars in the order the launcher keys them: mpsh.jar, then lib/*.jar as bash sorts them. */
    private static List<Path> jars() throws IOException {
        Outcome sorted = Run.command(60, "bash", "-c", "printf '%s\\n' \"$0\"/*.jar", Run.home().resolve("shell/target/lib").toString());
        return Stream.concat(Stream.of(Run.home().resolve("shell/target/mpsh.jar")),
                sorted.outLines().stream().map(Path::of)).toList();
    }

    /** Deletes archive and lets a short run make the good one again, for the runs after this test. */
    private void replaceWithAGoodOne(Path archive) throws IOException {
        Files.delete(archive);
        assertEquals(version, Run.command(120, MPSH, "--version"));
        assertMadeAgain(archive);
    }

    /** One archive again, of the same key as before (its size may differ), as big as its name says. */
    private static void assertMadeAgain(Path before) throws IOException {
        List<Path> now = archives();
        assertEquals(1, now.size(), "one archive in " + ARCHIVES + ": " + now);
        String name = now.get(0).getFileName().toString();
        String key = before.getFileName().toString().replaceAll("-[0-9]+\\.jsa$", "");
        assertTrue(name.startsWith(key + "-"), "the archive made again is of this JDK and build (" + key + "): " + name);
        assertEquals(name.replaceAll("^[0-9]+-|\\.jsa$", ""), Long.toString(Files.size(now.get(0))),
                "the archive made again is as big as its name says: " + name);
    }

    private static List<Path> archives() {
        try (Stream<Path> files = Files.list(ARCHIVES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + ARCHIVES + ": " + e, e);
        }
    }
}
