package dev.mpsh.lab;

import dev.mpsh.command.Session;
import java.nio.file.Path;

/**
 * Where a lab lives: its namespace names and its files. The default lab uses the scenario's
 * names as they are; any other lab prefixes them with {@code LAB-} so labs can share a host.
 *
 * @param lab    the lab name ({@code default} or what --lab gave)
 * @param runDir the directory holding every lab's state, normally /run/mpsh/labs
 */
public record LabLayout(String lab, Path runDir) {

    /** Under /run: gone at reboot, as the namespaces and servers are. */
    public static final Path RUN_DIR = Path.of("/run/mpsh/labs");
    /**
     * For tests only: another state directory (the system property wins over the environment
     * variable), e.g. one that is not writable. Not for normal use: a lab's state must be where
     * every mpsh on the host looks for it.
     */
    public static final String DIR_PROPERTY = "mpsh.labs.dir";
    public static final String DIR_ENV = "MPSH_LABS_DIR";

    public static LabLayout of(String lab) {
        return new LabLayout(lab, stateDir());
    }

    /** The state directory: /run/mpsh/labs unless a test chose another. */
    public static Path stateDir() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isEmpty()) {
            dir = System.getenv(DIR_ENV);
        }
        return dir == null || dir.isEmpty() ? RUN_DIR : Path.of(dir);
    }

    /** The /run/netns name of a scenario namespace. */
    public String netnsName(String scenarioName) {
        return lab.equals(Session.DEFAULT_LAB) ? scenarioName : lab + "-" + scenarioName;
    }

    /** The journal of what this lab created (see {@link StateJournal}). */
    public Path stateFile() {
        return runDir.resolve(lab + ".state");
    }

    /** Server logs. */
    public Path logDir() {
        return runDir.resolve(lab);
    }

    public Path serverLog(String server) {
        return logDir().resolve(server + ".log");
    }

    /** One lock for every lab's up and down, so two shells never build or remove at once. */
    public Path lockFile() {
        return runDir.resolve(".lock");
    }

    /** This lab's own lock (see {@link LabLock}): held by the one mpsh building or removing it. */
    public Path labLockFile() {
        return runDir.resolve(lab + ".lock");
    }

    public static Path netnsPath(String netnsName) {
        return Path.of("/run/netns", netnsName);
    }
}
