package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios as plugins through the real launcher: the fallback scenario comes from the install's
 * plugins directory (shell/target/plugins, where the build puts it), a lab keeps the scenario it
 * was built from, and the user's plugin directory is read, its broken plugins named in one line.
 */
class ScenarioPluginsIT {
    @TempDir
    Path config;

    /** The launcher with XDG_CONFIG_HOME pointing at this test's own config directory. */
    private Outcome mpsh(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(Run.home().resolve("mpsh").toString()));
        argv.addAll(List.of(args));
        File out = File.createTempFile("mpsh-it", ".out");
        File err = File.createTempFile("mpsh-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(out).redirectError(err)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Map<String, String> env = pb.environment();
            env.put("XDG_CONFIG_HOME", config.toString());
            env.remove("SUDO_USER");
            env.remove("SUDO_UID");
            Process p = pb.start();
            assertTrue(p.waitFor(10, TimeUnit.MINUTES), "mpsh did not finish: " + argv);
            return new Outcome(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    @Test
    void aLabBuiltFromTheFallbackPluginKeepsItsScenarioForLaterCommands() throws Exception {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        try {
            Outcome up = mpsh("--lab", lab, "--scenario", "fallback", "-c", "lab up");
            assertEquals(0, up.status(), up.toString());
            assertTrue(up.out().startsWith("lab '" + lab + "' is up: 5 namespaces, 1 server"), up.toString());
            Outcome later = mpsh("--lab", lab, "-c", "lab status; scenario list; client -msg hello");
            assertEquals(0, later.status(), later.toString());
            assertTrue(later.out().startsWith("lab " + lab + " (fallback): up"), later.toString());
            assertTrue(later.out().contains("*  fallback  The Silent Fallback"), "the lab's scenario is marked: " + later);
            assertTrue(later.out().contains("connected to 10.20.9.10:80 with mptcp: false"),
                    "client defaults to the address the fallback scenario grades, and its broken firewall strips MPTCP: " + later);
            Outcome other = mpsh("--lab", lab, "--scenario", "handover", "-c", "fix list");
            assertEquals(1, other.status(), other.toString());
            assertEquals(List.of("fix: lab '" + lab + "' was built from scenario 'fallback', not 'handover'; 'lab down' removes it"
                    + " (then 'lab up' builds handover), or use another lab: --lab NAME"), other.errLines());
        } finally {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    @Test
    void anUnknownScenarioIsAOneLineErrorThatListsTheInstalledOnes() throws Exception {
        Outcome o = mpsh("--lab", "t0x", "--scenario", "nope", "-c", "lab status");
        assertEquals(2, o.status(), o.toString());
        assertEquals(List.of("mpsh: no scenario 'nope'; installed: handover, fallback"), o.errLines());
    }

    @Test
    void theUsersPluginsLoadAndABrokenOneIsNamedWithItsFileAndLine() throws Exception {
        Path plugins = Files.createDirectories(config.resolve("mpsh/plugins"));
        Path mine = Files.createDirectories(plugins.resolve("mine"));
        Path broken = Files.createDirectories(plugins.resolve("broken"));
        for (Path p : List.of(config, config.resolve("mpsh"), plugins, mine, broken)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String scenario = dev.mpsh.plugin.ScenarioCatalogTest.TINY;
        Files.writeString(mine.resolve("mine.scenario"), scenario.replace("ID", "mine"));
        for (String lang : List.of("en", "ja")) {
            Files.createDirectories(mine.resolve("lessons").resolve(lang));
            Files.writeString(mine.resolve("lessons").resolve(lang).resolve("01-first.md"), dev.mpsh.plugin.ScenarioCatalogTest.LESSON);
        }
        Files.writeString(broken.resolve("broken.scenario"), scenario.replace("ID", "broken").replace("title ja 小さい\n", ""));
        Outcome o = mpsh("-c", "scenario list --names; scenario list");
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().startsWith("handover\nfallback\nmine\n"), o.toString());
        assertTrue(o.out().contains("1 plugin did not load:\n  " + broken.resolve("broken.scenario")
                + ":0: the scenario has no 'title ja' line; every text is given in en and ja\n"), o.toString());
        Outcome named = mpsh("--scenario", "broken", "-c", "lab status");
        assertEquals(2, named.status(), named.toString());
        assertEquals(List.of("mpsh: no scenario 'broken': its plugin did not load: " + broken.resolve("broken.scenario")
                + ":0: the scenario has no 'title ja' line; every text is given in en and ja"), named.errLines());

        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxrwx"));
        Outcome refused = mpsh("-c", "scenario list --names");
        assertEquals("handover\nfallback\n", refused.out(), "a world-writable plugin directory is not read");
    }
}
