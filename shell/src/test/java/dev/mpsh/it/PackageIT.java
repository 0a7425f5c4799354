package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mpsh.Commands;
import dev.mpsh.Version;
import dev.mpsh.command.Command;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Run.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package on this machine (docs/packaging.md): built with the documented command when
 * shell/target has none newer than mpsh.jar, installed, used from /usr/bin as a user would (a lab
 * up, checked and down, the man page, bash completion, the systemd unit), then purged with
 * nothing left behind. It refuses to touch a machine where an mpsh package is already installed.
 */
class PackageIT {
    private static final String VERSION = Version.get();
    private static final Path DEB = Run.home().resolve("shell/target/mpsh_" + VERSION + "_all.deb");
    private static final Path MPSH = Path.of("/usr/bin/mpsh");

    private String lab;
    private boolean installed;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        require(Files.isExecutable(Path.of("/usr/bin/dpkg")) && Files.isExecutable(Path.of("/usr/bin/apt-get")),
                "needs dpkg and apt-get (a Debian or Ubuntu machine)");
        require(Files.isExecutable(Path.of("/usr/bin/man")), "needs man (Debian: man-db; ./mpsh --install-deps installs it)");
        require(!Files.exists(MPSH) && !packageInstalled(),
                "mpsh is installed on this machine (/usr/bin/mpsh or the package); the test would replace and remove it");
        lab = LabTests.uniqueLabName("p");
    }

    @AfterEach
    void tearDown() {
        if (lab == null) {
            return;
        }
        if (Run.netnsNames().stream().anyMatch(n -> n.startsWith(lab + "-"))) {
            if (installed && Files.isExecutable(MPSH)) {
                Run.command(300, MPSH.toString(), "--lab", lab, "-c", "lab down");
            }
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
        if (installed && packageInstalled()) {
            Run.command(300, "dpkg", "--purge", "mpsh");
        }
    }

    @Test
    void theDebInstallsRunsALabFromUsrBinAndPurgesWithNothingLeft() throws IOException {
        Path deb = debOfThisBuild();
        List<String> shipped = shippedPaths(deb);
        install(deb);

        Outcome version = Run.command(120, MPSH.toString(), "--version");
        assertEquals(new Outcome(0, "mpsh " + VERSION + "\n", ""), version);
        // The first short run made root's class-data-sharing archive, readable by all, writable by none.
        assertOneArchive(Path.of("/var/cache/mpsh"));

        // check grades the broken lab: exit 1, and -c stops there, so 'lab down' is not reached.
        Outcome run = Run.command(600, MPSH.toString(), "--lab", lab, "-c", "lab up; check; lab down");
        assertEquals(1, run.status(), "check on a broken lab exits 1: " + run);
        assertTrue(run.out().contains("lab '" + lab + "' is up"), run.toString());
        assertTrue(run.out().contains("the end state does not hold"), run.toString());
        Outcome down = Run.command(300, MPSH.toString(), "--lab", lab, "-c", "lab down");
        assertEquals(0, down.status(), down.toString());
        assertEquals(List.of(), Run.netnsNames().stream().filter(n -> n.startsWith(lab + "-")).toList(),
                "namespaces left by lab down");

        Outcome scenarios = Run.command(120, MPSH.toString(), "-c", "scenario list");
        assertTrue(scenarios.out().contains("/usr/lib/mpsh/plugins/fallback"), "the shipped plugin loads from the install: " + scenarios);

        assertEquals("/usr/share/man/man1/mpsh.1.gz\n", Run.command(60, "man", "-w", "mpsh").out());
        assertEquals("/usr/share/man/man5/mpsh-transcript.5.gz\n", Run.command(60, "man", "-w", "5", "mpsh-transcript").out());
        Outcome page = Run.command(120, "env", "MANWIDTH=120", "man", "-P", "cat", "mpsh");
        assertEquals(0, page.status(), page.toString());
        for (Command c : Commands.dispatcher().registry().commands()) {
            assertTrue(page.outLines().stream().anyMatch(l -> l.strip().startsWith(c.name() + " ") || l.strip().equals(c.name())),
                    "man mpsh shows no command " + c.name());
        }

        Outcome completion = Run.command(60, "bash", "-c", "source /usr/share/bash-completion/completions/mpsh; "
                + "COMP_WORDS=(mpsh --l); COMP_CWORD=1; _mpsh; echo ${COMPREPLY[@]}");
        assertEquals(new Outcome(0, "--lab\n", ""), completion);
        assertEquals("#compdef mpsh", Files.readAllLines(Path.of("/usr/share/zsh/vendor-completions/_mpsh")).get(0));
        assertTrue(Files.isRegularFile(Path.of("/usr/share/fish/vendor_completions.d/mpsh.fish")));

        Path unit = Path.of("/lib/systemd/system/mpsh-lab@.service");
        assertTrue(Files.isRegularFile(unit));
        if (Files.isExecutable(Path.of("/usr/bin/systemd-analyze"))) {
            assertEquals(new Outcome(0, "", ""), Run.command(120, "systemd-analyze", "verify", unit.toString()),
                    "systemd-analyze verify " + unit);
        }

        Outcome purge = Run.command(300, "dpkg", "--purge", "mpsh");
        assertEquals(0, purge.status(), purge.toString());
        installed = false;
        assertFalse(packageInstalled(), "dpkg still knows mpsh after --purge");
        List<String> left = new ArrayList<>();
        for (String p : shipped) {
            if (Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS)) {
                left.add(p);
            }
        }
        for (String p : List.of("/usr/bin/mpsh", "/usr/lib/mpsh", "/usr/share/doc/mpsh",
                "/usr/share/bash-completion/completions/mpsh", "/usr/share/zsh/vendor-completions/_mpsh",
                "/usr/share/fish/vendor_completions.d/mpsh.fish", "/usr/share/man/man1/mpsh.1.gz",
                "/usr/share/man/man5/mpsh-transcript.5.gz", "/lib/systemd/system/mpsh-lab@.service", "/var/cache/mpsh")) {
            if (Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS) && !left.contains(p)) {
                left.add(p);
            }
        }
        assertEquals(List.of(), left, "left behind after dpkg --purge mpsh");
    }

    @Test
    void theTarballRunsFromWhereverItIsUnpacked(@TempDir Path dir) throws IOException {
        debOfThisBuild();
        Path tarball = Run.home().resolve("shell/target/mpsh-" + VERSION + ".tar.gz");
        assertTrue(Files.isRegularFile(tarball), "the package build made no " + tarball);
        Outcome untar = Run.command(120, "tar", "-xzf", tarball.toString(), "-C", dir.toString());
        assertEquals(0, untar.status(), untar.toString());
        Path home = dir.resolve("mpsh-" + VERSION);
        for (String p : List.of("bin/mpsh", "lib/mpsh.jar", "plugins/fallback/fallback.scenario", "recordings/help.t",
                "completions/mpsh.bash", "completions/mpsh.zsh", "completions/mpsh.fish", "man/man1/mpsh.1.gz",
                "man/man5/mpsh-transcript.5.gz", "docs/README.md", "docs/packaging.md")) {
            assertTrue(Files.exists(home.resolve(p)), "the tarball has no mpsh-" + VERSION + "/" + p);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/mpsh")));
        assertEquals(new Outcome(0, "mpsh " + VERSION + "\n", ""), Run.command(120, home.resolve("bin/mpsh").toString(), "--version"));
        assertOneArchive(home.resolve("cache")); // root's archive of a tarball stays inside it
        Outcome scenarios = Run.command(120, home.resolve("bin/mpsh").toString(), "-c", "scenario list");
        assertEquals(0, scenarios.status(), scenarios.toString());
        assertTrue(scenarios.out().contains(home.resolve("plugins/fallback").toString()),
                "the tarball's plugins load from its plugins/: " + scenarios);
        Outcome replay = Run.command(120, home.resolve("bin/mpsh").toString(), "replay", "help", "--dry-run");
        assertEquals(0, replay.status(), "bare recording names resolve in the tarball's recordings/: " + replay);
    }

    private static void assertOneArchive(Path dir) throws IOException {
        List<Path> archives;
        try (var files = Files.list(dir)) {
            archives = files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
        assertEquals(1, archives.size(), "one class-data-sharing archive in " + dir + ": " + archives);
        assertEquals("r--r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(archives.get(0))));
    }

    /** shell/target's .deb when it is newer than the jar, else one built now with the documented command. */
    private static Path debOfThisBuild() throws IOException {
        Path jar = Run.home().resolve("shell/target/mpsh.jar");
        boolean fresh = Files.exists(DEB) && Files.exists(jar)
                && Files.getLastModifiedTime(DEB).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        if (!fresh) {
            Outcome build = Run.command(1200, "bash", "-c",
                    "cd " + Run.home() + " && ./mvnw -q -B -DskipTests -Ppackage package");
            assertEquals(0, build.status(), "the package build failed: " + build);
        }
        assertTrue(Files.isRegularFile(DEB), "no " + DEB + " after the package build");
        return DEB;
    }

    /** The files and links the package ships (not its directories), as absolute paths. */
    private static List<String> shippedPaths(Path deb) {
        Outcome list = Run.command(120, "dpkg-deb", "-c", deb.toString());
        assertEquals(0, list.status(), list.toString());
        List<String> paths = new ArrayList<>();
        for (String line : list.outLines()) {
            if (line.startsWith("-") || line.startsWith("l")) {
                String path = line.substring(line.indexOf("./") + 1);
                int arrow = path.indexOf(" -> ");
                paths.add(arrow < 0 ? path : path.substring(0, arrow));
            }
        }
        assertTrue(paths.contains("/usr/bin/mpsh") && paths.contains("/usr/lib/mpsh/lib/mpsh.jar"), paths.toString());
        return paths;
    }

    /** apt-get installs it and any dependency missing here; the package lists are refreshed only if that fails. */
    private void install(Path deb) {
        String[] argv = {"env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q", "--no-install-recommends",
                deb.toAbsolutePath().toString()};
        installed = true;
        Outcome first = Run.command(900, argv);
        if (first.status() != 0) {
            Outcome update = Run.command(900, "apt-get", "update", "-q");
            assertEquals(0, update.status(), "apt-get install failed, and so did apt-get update: " + first + "\n" + update);
            Outcome again = Run.command(900, argv);
            assertEquals(0, again.status(), again.toString());
        }
        assertTrue(packageInstalled(), "dpkg does not list mpsh as installed");
    }

    private static boolean packageInstalled() {
        Outcome s = Run.command(60, "dpkg-query", "-W", "-f=${Status}", "mpsh");
        return s.status() == 0 && s.out().contains("installed") && !s.out().contains("not-installed");
    }

    /** As LabTests: skip with the reason on a developer's machine, fail under CI=true. */
    private static void require(boolean ok, String reason) {
        if (ok) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("package test cannot run under CI=true: " + reason);
        }
        assumeTrue(false, "package test skipped: " + reason);
    }
}
