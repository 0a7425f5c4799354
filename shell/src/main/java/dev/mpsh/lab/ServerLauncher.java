package dev.mpsh.lab;

import dev.mpsh.api.Server;
import dev.mpsh.echo.EchoServer;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a scenario's servers as their own processes: {@code setsid ip netns exec NS java ...
 * MAIN --listen H:P --name NAME}, detached (new session, stdin from /dev/null, output to a log)
 * so they outlive the shell as the lab does. setsid does not fork when its caller is not a
 * process-group leader, and ip netns exec execs, so the PID we get is the server's own.
 */
final class ServerLauncher {
    /** The echo server main class; the system property lets a test substitute another (same options). */
    static final String ECHO_MAIN_PROPERTY = "mpsh.echo.main";
    static final String ECHO_MAIN = EchoServer.class.getName();

    private ServerLauncher() {
    }

    static String mainClass() {
        return System.getProperty(ECHO_MAIN_PROPERTY, ECHO_MAIN);
    }

    /** Null when the server kind can be started here, else a one-line reason. */
    static String unavailable(Server server) {
        if (!server.kind().equals("echo")) {
            return "server '" + server.name() + "' is of kind '" + server.kind() + "', which this mpsh cannot run; only 'echo' is known";
        }
        try {
            Class.forName(mainClass(), false, ServerLauncher.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "the echo server " + mainClass() + " is not on mpsh's class path; reinstall mpsh";
        }
        return null;
    }

    /**
     * The launcher names the class-data-sharing archive it started this JVM with (docs/performance.md,
     * "Start-up"); the servers run the same class path, so they map the same archive.
     */
    static final String ARCHIVE_PROPERTY = "mpsh.cds.archive";

    /** The full command line for server in namespace netns, as {@code lab script} prints it. */
    static List<String> argv(Server server, String netns) {
        return argv(server, netns, List.of());
    }

    /** The command line 'lab up' runs: the one above, plus the shell's archive when it has one. */
    static List<String> launchArgv(Server server, String netns) {
        return argv(server, netns, archiveOptions(System.getProperty(ARCHIVE_PROPERTY)));
    }

    /**
     * The JVM options that map archive, or none when there is none to map. A stale archive (another
     * JDK, changed jars) is refused by the JVM with a warning; -Xlog keeps that off the server's log.
     */
    static List<String> archiveOptions(String archive) {
        if (archive == null || archive.isEmpty() || !new File(archive).canRead()) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    private static List<String> argv(Server server, String netns, List<String> archive) {
        List<String> argv = new ArrayList<>(List.of("setsid", "ip", "netns", "exec", netns));
        argv.add(ProcessHandle.current().info().command().orElse("java"));
        argv.addAll(EchoServer.JVM_OPTIONS);
        argv.addAll(archive);
        argv.addAll(List.of("-cp", absoluteClassPath(), mainClass(),
                "--listen", server.listen(), "--name", server.name()));
        return argv;
    }

    /** Our class path with absolute entries, so the command works from any directory. */
    private static String absoluteClassPath() {
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!p.isEmpty()) {
                parts.add(new File(p).getAbsolutePath());
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Starts it with stdout and stderr appended to log; returns the process. */
    static Process start(List<String> argv, File log) throws IOException {
        return new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .redirectErrorStream(true)
                .start();
    }
}
