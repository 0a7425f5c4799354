package dev.mpsh.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' class-data-sharing logic (packaging/bin/cds.bash), run by bash as the launchers
 * run it (set -euo pipefail) against a stand-in JDK: which archive a JDK and a set of jars may
 * use, and that anything else (another JDK, a rebuilt jar, a truncated or foreign-writable archive)
 * finds none.
 */
class ArchiveKeyTest {
    private static final Path CDS = Run.home().resolve("packaging/bin/cds.bash");

    @TempDir
    Path dir;
    private Path jdk;
    private Path jar;
    private Path lib;

    @BeforeEach
    void aJdkAndTwoJars() throws IOException {
        jdk = jdk("jdk", "JAVA_VERSION=\"17.0.15\"");
        jar = Files.writeString(dir.resolve("mpsh.jar"), "classes");
        lib = Files.writeString(dir.resolve("jna.jar"), "more classes");
    }

    @Test
    void theKeyIsTheSameForTheSameJdkAndJars() throws IOException {
        assertEquals(key(jdk), key(jdk));
        assertTrue(key(jdk).matches("[0-9]+"), key(jdk));
    }

    @Test
    void aRebuiltJarChangesTheKey() throws IOException {
        String before = key(jdk);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() + 5_000));
        assertNotEquals(before, key(jdk));
    }

    @Test
    void aJarOfAnotherSizeChangesTheKey() throws IOException {
        String before = key(jdk);
        FileTime mtime = Files.getLastModifiedTime(jar);
        Files.writeString(jar, "other classes");
        Files.setLastModifiedTime(jar, mtime);
        assertNotEquals(before, key(jdk));
    }

    @Test
    void anotherJdkOrAnUpdateOfThisOneChangesTheKey() throws IOException {
        String before = key(jdk);
        assertNotEquals(before, key(jdk("other-jdk", "JAVA_VERSION=\"17.0.15\"")), "another java.home");
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.16\"");
        assertNotEquals(before, key(jdk), "an updated release file");
    }

    @Test
    void findTakesOnlyAnArchiveOfTheKeyWhoseSizeIsTheOneItWasMadeWith() throws IOException {
        String key = key(jdk);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("1234-3.jsa"), new byte[3]); // another key
        assertEquals(new Outcome(1, "", ""), find(cache, key));
        Path archive = Files.write(cache.resolve(key + "-5.jsa"), new byte[5]);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(new Outcome(0, archive + "\n", ""), find(cache, key));
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-r--r--"));
        Files.write(archive, new byte[4]); // truncated: JDK 17 would die of SIGBUS mapping it
        assertEquals(new Outcome(1, "", ""), find(cache, key));
    }

    @Test
    void anArchiveOthersCanWriteIsNotUsed() throws IOException {
        String key = key(jdk);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path archive = Files.write(cache.resolve(key + "-5.jsa"), new byte[5]);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(new Outcome(1, "", ""), find(cache, key));
    }

    @Test
    void optionsMapTheArchiveAndTellTheShellItsPath() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path archive = Files.write(cache.resolve(key(jdk) + "-5.jsa"), new byte[5]);
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(new Outcome(0, "-XX:SharedArchiveFile=" + archive + "\n-Xlog:cds*=off\n-Dmpsh.cds.archive=" + archive + "\n", ""),
                options(cache, "no"));
    }

    @Test
    void withNoArchiveAndAJvmThatCannotMakeOneThereAreNoOptionsNoArchiveAndNothingPrinted() throws IOException {
        Path cache = dir.resolve("cache");
        assertEquals(new Outcome(0, "", ""), options(cache, "yes"));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(), left.toList(), "what the failed dump left in " + cache);
        }
    }

    /** A stand-in JDK: bin/java (which exits 1, as a JVM that cannot dump), release, lib/server/libjvm.so. */
    private Path jdk(String name, String release) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), release);
        Files.writeString(Files.createDirectories(home.resolve("lib/server")).resolve("libjvm.so"), "jvm");
        return home;
    }

    private String key(Path jdkHome) {
        Outcome o = bash(jdkHome, "cds_key \"$1\" \"$2\"", jar.toString(), lib.toString());
        assertEquals(0, o.status(), o.toString());
        assertEquals("", o.err());
        return o.out().strip();
    }

    private Outcome find(Path cache, String key) {
        return bash(jdk, "cds_find \"$1\" \"$2\"", cache.toString(), key);
    }

    private Outcome options(Path cache, String now) {
        return bash(jdk, "cds_options \"$1\" \"$2\" \"$3\" -XX:+UseSerialGC -- \"$4\" \"$5\"; "
                + "[ ${#cds_opts[@]} -eq 0 ] || printf '%s\\n' \"${cds_opts[@]}\"",
                cache.toString(), jar + ":" + lib, now, jar.toString(), lib.toString());
    }

    private Outcome bash(Path jdkHome, String script, String... args) {
        String[] argv = Stream.concat(Stream.of("env", "PATH=" + jdkHome.resolve("bin") + ":/usr/bin:/bin", "bash", "-c",
                "set -euo pipefail; . '" + CDS + "'; " + script, "cds-test"), Stream.of(args)).toArray(String[]::new);
        return Run.command(60, argv);
    }
}
