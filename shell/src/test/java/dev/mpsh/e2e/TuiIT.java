package dev.mpsh.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Tmux;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard through the real launcher in a real terminal: toggle a fix and see it applied,
 * an echo error as one line, then back at the prompt a command and Tab completion still work.
 */
class TuiIT {
    @TempDir
    Path state;

    @Test
    void toggleAFixInTheDashboardThenThePromptStillWorks() throws Exception {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        String prompt = "mpsh:" + lab + "[host]>";
        String launcher = "env XDG_STATE_HOME='" + state + "' " + Run.home().resolve("mpsh") + " --lab " + lab
                + "; echo MPSH-EXITED=$?; sleep 600";
        try (Tmux t = Tmux.start(launcher, 160, 48)) {
            t.await("the lab up and the prompt", s -> Tmux.lastLine(s).equals(prompt));
            t.text("tui -addr 10.0.83.1:80");
            t.keys("Enter");
            t.await("the dashboard with the fixes' live state", s -> s.contains("Fixes (Space/Enter toggles)")
                    && rowOf(s, "lb-accept-local").contains("not applied"));

            // The echo console before any fix: the connection fails, in one line.
            t.keys("BTab"); // from the log (focused first) back to the echo console
            t.text("hello");
            t.keys("Enter");
            t.await("the echo error", s -> s.contains("echo: cannot connect to 10.0.83.1:80"));

            // Tab from the echo console: log, namespaces, fixes; then down to lb-accept-local.
            t.keys("Tab", "Tab", "Tab");
            t.keys("Down", "Down");
            t.keys("Space");
            String screen = t.await("lb-accept-local applied", s -> stateOf(s, "lb-accept-local").equals("applied"));
            assertTrue(screen.contains("[LB] sysctl -w net.ipv4.conf.all.accept_local=1"), screen);

            // The walkthrough started from the log's command line shows in its pane (left column).
            assertTrue(screen.contains("│" + "type 'walkthrough' in the command line to start the lessons"), screen);
            t.keys("Tab", "Tab", "Tab"); // fixes, subflows, echo console, log: no walkthrough yet
            t.text("walkthrough --lang en");
            t.keys("Enter");
            screen = t.await("step 1 in the walkthrough pane", s -> hasLine(s, "│Step 1/7 · to do")
                    && hasLine(s, "│The backends must own the VIP"));
            // skip passes step 1; step 2 (accept_local) was recognised done from the toggle above
            t.text("skip");
            t.keys("Enter");
            t.await("step 3 in the walkthrough pane", s -> hasLine(s, "│Step 3/7 · to do"));
            t.text("walkthrough stop");
            t.keys("Enter");
            t.await("the pane idle again", s -> hasLine(s, "│type 'walkthrough' in the command line to start the lessons"));

            t.keys("Tab"); // to the namespaces pane, where q is no text
            t.keys("q");
            t.await("the prompt after the dashboard", s -> Tmux.lastLine(s).equals(prompt));
            // The toggle really changed the kernel: the shell's own fix list agrees.
            t.text("fix list");
            t.keys("Enter");
            screen = t.await("fix list", s -> Tmux.lastLine(s).equals(prompt) && s.contains("lb-accept-local"));
            assertEquals("applied", stateOf(screen, "lb-accept-local"), screen);

            t.text("he");
            t.keys("Tab");
            t.await("'he' completed to 'help'", s -> Tmux.lastLine(s).equals(prompt + " help"));
            t.keys("C-u");
            t.text("ns app-1");
            t.keys("Enter");
            t.await("a REPL command after the dashboard", s -> Tmux.lastLine(s).equals("mpsh:" + lab + "[app-1]>"));
            // Ctrl-C at the prompt still stops the running program, not the shell.
            t.text("sleep 3602");
            t.keys("Enter");
            Tmux.awaitProcess("sleep", "3602");
            t.keys("C-c");
            t.await("the prompt after Ctrl-C", s -> Tmux.lastLine(s).equals("mpsh:" + lab + "[app-1]>")
                    && s.lastIndexOf("mpsh:" + lab + "[app-1]>") > s.lastIndexOf("sleep 3602"));
        } finally {
            Process down = new ProcessBuilder("sh", "-c", Run.home().resolve("mpsh") + " --lab " + lab + " -c 'lab down'")
                    .inheritIO().start();
            assertEquals(0, down.waitFor(), "lab down for " + lab);
        }
    }

    /** {@code mpsh --tui}: the launcher brings the lab up, the dashboard opens, q leads to the prompt. */
    @Test
    void launcherWithTuiOpensTheDashboardFirstAndQLeadsToThePrompt() throws Exception {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        String prompt = "mpsh:" + lab + "[host]>";
        String launcher = "env XDG_STATE_HOME='" + state + "' " + Run.home().resolve("mpsh") + " --lab " + lab
                + " --tui; echo MPSH-EXITED=$?; sleep 600";
        try (Tmux t = Tmux.start(launcher, 100, 30)) {
            t.await("the dashboard on a lab that is up", s -> s.contains("Subflows (live)")
                    && stateOf(s, "client-endpoints").equals("not applied"));
            // too small, then big enough again
            t.resize(79, 24);
            t.await("the size message", s -> s.contains("needs at least 80x24; this terminal is 79x24"));
            t.resize(100, 30);
            t.await("the panes again", s -> s.contains("Subflows (live)"));
            // Ctrl-C is a key here: it stops the command running from the log, never the program.
            t.text("sleep 3603");
            t.keys("Enter");
            t.await("sleep running", s -> s.contains("mpsh> sleep 3603"));
            Tmux.awaitProcess("sleep", "3603");
            t.keys("C-c");
            t.await("^C in the log", s -> s.contains("^C"));
            // commands run one at a time: this one runs only because sleep was stopped
            t.text("echo after-sleep");
            t.keys("Enter");
            String screen = t.await("the next command's output", s -> s.contains("│after-sleep"));
            assertTrue(!screen.contains("MPSH-EXITED"), screen);
            t.keys("Tab"); // to the namespaces pane, where q is no text
            t.keys("q");
            t.await("the prompt after the dashboard", s -> Tmux.lastLine(s).equals(prompt));
            t.text("lab status");
            t.keys("Enter");
            // the status is longer than the screen: its end (the servers, the WANs) is what is seen
            t.await("a command after the dashboard", s -> s.contains("ACCEPTING") && s.contains("app-1")
                    && Tmux.lastLine(s).equals(prompt));
        } finally {
            Process down = new ProcessBuilder("sh", "-c", Run.home().resolve("mpsh") + " --lab " + lab + " -c 'lab down'")
                    .inheritIO().start();
            assertEquals(0, down.waitFor(), "lab down for " + lab);
        }
    }

    /** Whether a screen line starts with this text (a pane's left border starts the line). */
    static boolean hasLine(String screen, String start) {
        return screen.lines().anyMatch(l -> l.startsWith(start));
    }

        /** The screen line that lists a fix. */
    static String rowOf(String screen, String id) {
        for (String line : screen.split("\n")) {
            if (line.contains(id + " ")) {
                return line;
            }
        }
        return "";
    }

    /** A fix's state word(s) on its row: "applied", "not applied" or "partly". */
    static String stateOf(String screen, String id) {
        var m = Pattern.compile("\\b(not applied|applied|partly)\\b").matcher(rowOf(screen, id));
        return m.find() ? m.group(1) : "";
    }
}
