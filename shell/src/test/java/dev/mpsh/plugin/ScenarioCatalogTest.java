package dev.mpsh.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins from plugin directories: what loads, and the one line for each one that does not. */
public class ScenarioCatalogTest {
    public static final String TINY = """
            scenario ID
            title en Tiny
            title ja 小さい
            namespace a
            fix up a
              title en up
              title ja 上げる
              explain en lo up
              explain ja lo を上げる
              apply ip link set lo up
              revert ip link set lo down
              probe sysctl a net.ipv4.ip_forward = 0
            lesson
            step first 01-first.md
              done fix up
            """;
    public static final String LESSON = "# First\n\nBring lo up.\n";

    @TempDir
    Path root;
    private Path plugins;
    private final long me = PluginDirs.effectiveUid();

    @BeforeEach
    void dir() throws IOException {
        plugins = Files.createDirectories(root.resolve("plugins"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ScenarioCatalog load() {
        return ScenarioCatalog.load(getClass().getClassLoader(), List.of(new PluginDir(plugins, "user", me)));
    }

    /** A scenario directory NAME with its scenario (id ID) and its lessons. */
    private Path scenarioDir(String name, String id, boolean lessons) throws IOException {
        Path d = Files.createDirectories(plugins.resolve(name));
        Files.writeString(d.resolve(name + ".scenario"), TINY.replace("ID", id));
        if (lessons) {
            for (String lang : List.of("en", "ja")) {
                Files.createDirectories(d.resolve("lessons").resolve(lang));
                Files.writeString(d.resolve("lessons").resolve(lang).resolve("01-first.md"), LESSON);
            }
        }
        return d;
    }

    @Test
    void aScenarioDirectoryLoadsBesideTheBuiltInOne() throws IOException {
        Path d = scenarioDir("tiny", "tiny", true);
        Files.createDirectories(d.resolve("recordings"));
        ScenarioCatalog c = load();
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("handover", "tiny"), c.ids());
        InstalledScenario tiny = c.find("tiny").orElseThrow();
        assertEquals(d, tiny.location());
        assertEquals(d.resolve("recordings"), tiny.recordings());
        assertEquals("user", tiny.kind());
        assertEquals("handover", c.defaultScenario().id(), "the default is the one built into mpsh");
    }

    @Test
    void aBrokenPluginGetsOneLineWithFileAndLineAndTheOthersStillLoad() throws IOException {
        scenarioDir("good", "good", true);
        Path bad = scenarioDir("bad", "bad", true);
        Files.writeString(bad.resolve("bad.scenario"), TINY.replace("ID", "bad").replace("apply ip link set lo up", "apply rm -rf /"));
        ScenarioCatalog c = load();
        assertEquals(List.of("handover", "good"), c.ids());
        assertEquals(List.of(bad.resolve("bad.scenario") + ":10: program 'rm' is not allowed; a scenario runs only ip, sysctl, nft, tc, bridge"),
                c.problems());
        assertEquals(c.problems().get(0), c.problemOf("bad").orElseThrow());
    }

    @Test
    void aMissingLessonNamesTheStepsLine() throws IOException {
        Path d = scenarioDir("tiny", "tiny", true);
        Files.delete(d.resolve("lessons/ja/01-first.md"));
        ScenarioCatalog c = load();
        assertEquals(List.of(d.resolve("tiny.scenario") + ":14: step 'first' has no ja text: "
                + d.resolve("lessons/ja/01-first.md") + " is missing"), c.problems());
        assertTrue(c.find("tiny").isEmpty());
    }

    @Test
    void aTakenIdAndADirectoryWithoutItsScenarioAreSkipped() throws IOException {
        Path dup = scenarioDir("handover", "handover", true);
        Files.createDirectories(plugins.resolve("notes"));
        ScenarioCatalog c = load();
        assertEquals(List.of(dup.resolve("handover.scenario") + ":1: scenario 'handover' is already installed (built in); this one is skipped",
                plugins.resolve("notes") + ": not a scenario directory: it has no notes.scenario"), c.problems());
        assertTrue(c.find("handover").orElseThrow().builtIn(), "a plugin cannot replace the built-in scenario");
    }

    @Test
    void aDirectoryOthersCanWriteIsRefusedWithTheReason() throws IOException {
        scenarioDir("tiny", "tiny", true);
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxr-x"));
        ScenarioCatalog c = load();
        assertEquals(List.of("plugins in " + plugins + " are not loaded: " + plugins.toRealPath()
                + " is writable by its group (mode 0775); run 'chmod g-w " + plugins.toRealPath() + "'"), c.problems());
        assertEquals(List.of("handover"), c.ids());
    }

    @Test
    void aPluginFileOthersCanWriteIsRefusedAndTheRestLoads() throws IOException {
        scenarioDir("good", "good", true);
        Path bad = scenarioDir("open", "open", true);
        Path file = bad.resolve("lessons/en/01-first.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        ScenarioCatalog c = load();
        assertEquals(List.of(bad + ": not loaded: " + file + " is writable by everyone (mode 0666); run 'chmod o-w " + file + "'"),
                c.problems());
        assertEquals(List.of("handover", "good"), c.ids());
    }

    @Test
    void aDirectoryOwnedBySomeoneElseIsRefused() throws Exception {
        assumeTrue(me == 0, "needs root to give a directory away");
        scenarioDir("tiny", "tiny", true);
        new ProcessBuilder("chown", "-R", "65534", plugins.toString()).start().waitFor();
        ScenarioCatalog c = ScenarioCatalog.load(getClass().getClassLoader(), List.of(new PluginDir(plugins, "user", 1000)));
        assertEquals(List.of("plugins in " + plugins + " are not loaded: " + plugins.toRealPath()
                + " belongs to uid 65534, not to root or uid 1000; chown it to one of them"), c.problems());
    }

    @Test
    void aJarPluginLoadsInAClassLoaderOfItsOwn() throws Exception {
        Path jar = PluginJars.jar(plugins, "tj", "tj", Map.of("tj.scenario", TINY.replace("ID", "tj"),
                "lessons/en/01-first.md", LESSON, "lessons/ja/01-first.md", LESSON), true);
        ScenarioCatalog c = load();
        assertEquals(List.of(), c.problems());
        InstalledScenario tj = c.find("tj").orElseThrow();
        assertEquals(jar, tj.location());
        assertNull(tj.recordings());
        assertNotSame(getClass().getClassLoader(), tj.plugin().getClass().getClassLoader());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("tj.Plugin"), "not on the class path");
        assertEquals("First", tj.plugin().stepText(tj.scenario().lesson().steps().get(0), "ja").title());
    }

    @Test
    void badJarsSayWhatIsWrongWithThem() throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "not a zip at all");
        PluginJars.jar(plugins, "nosvc", "nosvc", Map.of(), false);
        Path bad = PluginJars.jar(plugins, "tb", "tb", Map.of("tb.scenario", TINY.replace("ID", "tb").replace("namespace a", "namespace a/b")), true);
        ScenarioCatalog c = load();
        assertEquals(List.of(
                plugins.resolve("broken.jar") + ": not a jar file (zip END header not found)",
                plugins.resolve("nosvc.jar") + ": no scenario plugin in it (META-INF/services/dev.mpsh.api.ScenarioPlugin names none)",
                bad + ": tb:tb.scenario:4: namespace name 'a/b' is not valid; use letters, digits, '_', '.', '-'"), c.problems());
        assertEquals(List.of("handover"), c.ids());
    }

    @Test
    void theUserDirectoryIsXdgConfigHomeElseHomeAndUnderSudoTheInvokingUsers() {
        Path install = Path.of("/opt/mpsh");
        assertEquals(List.of(new PluginDir(Path.of("/opt/mpsh/plugins"), "install", 1000),
                        new PluginDir(Path.of("/x/mpsh/plugins"), "user", 1000)),
                PluginDirs.standard(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/home/u"), install, 1000, u -> null));
        assertEquals(Path.of("/home/u/.config/mpsh/plugins"),
                PluginDirs.standard(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "relative"), install, 1000, u -> null).get(1).path());
        List<PluginDir> sudo = PluginDirs.standard(Map.of("HOME", "/root", "SUDO_USER", "ann", "SUDO_UID", "1001"), install, 0,
                u -> Path.of("/home/" + u));
        assertEquals(new PluginDir(Path.of("/home/ann/.config/mpsh/plugins"), "user", 1001), sudo.get(1));
        assertEquals(0, sudo.get(0).owner(), "root's install directory");
        assertFalse(PluginDirs.standard(Map.of("HOME", "/root", "SUDO_USER", "root", "SUDO_UID", "0"), install, 0, u -> null)
                .get(1).path().startsWith("/home"), "sudo from root stays root's");
    }

    @Test
    void theInstallIsTheJarsDirectoryOrTheOneAboveItsLib() {
        assertEquals(Path.of("/w/shell/target"), PluginDirs.installDirOf(Path.of("/w/shell/target/mpsh.jar")));
        assertEquals(Path.of("/w/shell/target"), PluginDirs.installDirOf(Path.of("/w/shell/target/classes")));
        assertEquals(Path.of("/usr/lib/mpsh"), PluginDirs.installDirOf(Path.of("/usr/lib/mpsh/lib/mpsh.jar")));
        assertEquals(Path.of("/opt/mpsh-0.1.0"), PluginDirs.installDirOf(Path.of("/opt/mpsh-0.1.0/lib/mpsh.jar")));
    }
}
