package dev.mpsh.plugin;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The two places plugins load from (DESIGN §4), and no other:
 * <ul>
 * <li>the install's: {@code plugins/} next to mpsh's own jar ({@code shell/target/plugins} in a
 *     checkout, where the build puts the shipped plugins), or next to the {@code lib/} that holds
 *     it in an installed layout ({@code /usr/lib/mpsh/plugins} for {@code /usr/lib/mpsh/lib/mpsh.jar});
 * <li>the user's: {@code $XDG_CONFIG_HOME/mpsh/plugins}, by default {@code ~/.config/mpsh/plugins}.
 *     Under sudo it is the invoking user's (SUDO_USER's home, or XDG_CONFIG_HOME when sudo kept
 *     it), not root's: a trainer keeps scenarios in their own home and runs {@code sudo mpsh}.
 * </ul>
 * Plugin files may belong to root or to that user only (see {@link FileSafety}).
 */
public final class PluginDirs {
    private PluginDirs() {
    }

    /** The install's and the user's plugin directories for this process. */
    public static List<PluginDir> standard() {
        return standard(System.getenv(), installDir(), effectiveUid(), PluginDirs::homeOf);
    }

    static List<PluginDir> standard(Map<String, String> env, Path install, long euid, Function<String, Path> homeOf) {
        List<PluginDir> dirs = new ArrayList<>();
        if (install != null) {
            dirs.add(new PluginDir(install.resolve("plugins"), "install", euid));
        }
        long user = euid;
        Path home = env.get("HOME") != null ? Path.of(env.get("HOME")) : Path.of(System.getProperty("user.home"));
        String sudoUid = env.get("SUDO_UID");
        String sudoUser = env.get("SUDO_USER");
        if (euid == 0 && sudoUid != null && sudoUid.matches("[1-9]\\d{0,9}") && sudoUser != null) {
            user = Long.parseLong(sudoUid);
            home = homeOf.apply(sudoUser);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : home == null ? null : home.resolve(".config");
        if (config != null) {
            dirs.add(new PluginDir(config.resolve("mpsh").resolve("plugins"), "user", user));
        }
        return dirs;
    }

    /**
     * The install: the directory holding mpsh's jar (or, in tests, its classes directory), or the
     * one above it when that is a {@code lib/} (the packages' layout: bin/, lib/, plugins/).
     */
    public static Path installDir() {
        try {
            return installDirOf(Path.of(PluginDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The install for mpsh's code at {@code code} (a jar or a classes directory). */
    static Path installDirOf(Path code) {
        Path dir = code.toAbsolutePath().getParent();
        if (dir != null && dir.getFileName() != null && dir.getFileName().toString().equals("lib") && dir.getParent() != null) {
            return dir.getParent();
        }
        return dir;
    }

    /** The effective uid: the owner of /proc/self. */
    static long effectiveUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A user's home from the password database (/etc/passwd, else getent for NSS users); null if unknown. */
    static Path homeOf(String user) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8)) {
                String[] f = line.split(":", -1);
                if (f.length >= 6 && f[0].equals(user)) {
                    return Path.of(f[5]);
                }
            }
            Process p = new ProcessBuilder("getent", "passwd", user).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                String[] f = out.split(":", -1);
                return f.length >= 6 ? Path.of(f[5]) : null;
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
