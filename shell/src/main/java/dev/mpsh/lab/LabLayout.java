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

    public static LabLayout of(String lab) {
        return new LabLayout(lab, RUN_DIR);
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

    public static Path netnsPath(String netnsName) {
        return Path.of("/run/netns", netnsName);
    }
}
