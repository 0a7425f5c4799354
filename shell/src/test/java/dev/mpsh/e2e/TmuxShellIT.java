package dev.mpsh.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real program in a real terminal (tmux). The command defaults to this build's classes;
 * {@code -Dmpsh.e2e.command=...} or {@code MPSH_E2E_COMMAND} points it at the launcher.
 */
class TmuxShellIT {
    /** As capture-pane shows it: trailing spaces are trimmed. */
    /** A lab name that is never up here, so the prompt is known: no test builds it. */
    private static final String IDLE_LAB = LabTests.uniqueLabName();
    private static final String PROMPT = "mpsh:" + IDLE_LAB + "(down)[host]>";

    /** XDG_STATE_HOME of the shell under test (history). Not a @TempDir: the shell may still be
     *  writing its history while the tmux server goes down, which makes JUnit's cleanup fail. */
    private Path state;

    @BeforeEach
    void makeStateDir() throws IOException {
        state = Files.createTempDirectory("mpsh-e2e-state");
    }

    @AfterEach
    void removeStateDir() throws Exception {
        // The killed shell may still be writing its history: delete until nothing comes back.
        long deadline = System.currentTimeMillis() + Tmux.CEILING_MS;
        while (Files.exists(state) && System.currentTimeMillis() < deadline) {
            try (var files = Files.walk(state)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file went away while we walked: walk again
            }
        }
    }

    static String mpshCommand() {
        String cmd = System.getProperty("mpsh.e2e.command");
        if (cmd == null || cmd.isBlank()) {
            cmd = System.getenv("MPSH_E2E_COMMAND");
        }
        if (cmd == null || cmd.isBlank()) {
            cmd = "java -cp '" + System.getProperty("java.class.path") + "' dev.mpsh.Main";
        }
        return cmd;
    }

    private Tmux start(String args) throws Exception {
        String line = "env XDG_STATE_HOME='" + state + "' " + mpshCommand() + " " + args
                + "; echo MPSH-EXITED=$?; sleep 600";
        return Tmux.start(line, 120, 40);
    }

    @Test
    void helpTabBashCtrlCAndCtrlD() throws Exception {
        try (Tmux t = start("--lab " + IDLE_LAB)) {
            t.await(PROMPT);

            t.text("help");
            t.keys("Enter");
            // Type only once the next prompt is there: keys typed while a command runs are echoed
            // by the terminal before the prompt.
            t.await("the prompt after help", s -> s.contains("Type 'help COMMAND'") && Tmux.lastLine(s).equals(PROMPT));

            t.text("he");
            t.keys("Tab");
            t.await("'he' completed to 'help'", s -> Tmux.lastLine(s).equals(PROMPT + " help"));
            t.text("ns");
            t.keys("Enter");
            t.await("usage: ns");

            // A lone ESC makes JLine wait for the rest of a key sequence; that wait must not
            // leave a read behind that steals the first key typed into bash.
            // The pause outlasts JLine's 1 s wait for the rest of a sequence, so that the wait has
            // ended before bash starts (what the test is about). On a machine too slow for it,
            // ESC and Ctrl-U arrive together and are consumed together: the test still passes.
            t.keys("Escape");
            Thread.sleep(1_300);
            t.keys("C-u");
            t.text("bash --norc --noprofile");
            t.keys("Enter");
            t.await("bash prompt", s -> Tmux.lastLine(s).startsWith("bash-"));
            t.text("echo inside-$((6*7))");
            t.keys("Enter");
            t.await("inside-42");
            t.text("exit");
            t.keys("Enter");
            t.await("the prompt back after bash", s -> Tmux.lastLine(s).equals(PROMPT));
            t.text("echo back-in-mpsh");
            t.keys("Enter");
            t.await("echo after bash", s -> s.contains("\nback-in-mpsh") && Tmux.lastLine(s).equals(PROMPT));
            t.keys("Up");
            t.keys("Enter");
            t.await("the last line again from history", s -> s.split("\nback-in-mpsh", -1).length == 3
                    && Tmux.lastLine(s).equals(PROMPT));

            // An hour's sleep: the prompt can only come back because Ctrl-C ended it.
            t.text("sleep 3601");
            t.keys("Enter");
            Tmux.awaitProcess("sleep", "3601");
            t.keys("C-c");
            t.await("the prompt after Ctrl-C", s -> Tmux.lastLine(s).equals(PROMPT)
                    && s.indexOf(PROMPT, s.lastIndexOf("sleep 3601")) > 0);

            // One prompt after ^C: the interrupt reached sleep, not the next prompt.
            String after = t.screen().substring(t.screen().lastIndexOf("sleep 3601"));
            assertEquals(1, after.split(java.util.regex.Pattern.quote(PROMPT), -1).length - 1, after);

            t.keys("C-d");
            // Like bash, Ctrl-D leaves with the last command's status: sleep's 128 + SIGINT.
            t.await("MPSH-EXITED=130");
        }
    }

    @Test
    void unknownCommandIsOneLineAndTheShellGoesOn() throws Exception {
        try (Tmux t = start("--lab " + IDLE_LAB)) {
            t.await(PROMPT);
            t.text("no-such-thing 'a b'");
            t.keys("Enter");
            String screen = t.await("the error", s -> s.contains("unknown command 'no-such-thing'")
                    && Tmux.lastLine(s).equals(PROMPT));
            String[] lines = screen.strip().split("\n");
            assertTrue(lines[lines.length - 2].startsWith("mpsh: unknown command"), screen);
            assertTrue(lines[lines.length - 3].startsWith(PROMPT + " no-such-thing"), screen);
            t.text("exit 3");
            t.keys("Enter");
            t.await("MPSH-EXITED=3");
        }
    }

    @Test
    void aProgramThatLeavesTheTerminalRawDoesNotBreakThePrompt() throws Exception {
        try (Tmux t = start("--lab " + IDLE_LAB)) {
            t.await(PROMPT);
            t.text("stty raw -echo");
            t.keys("Enter");
            t.await("the prompt after stty", s -> s.split(java.util.regex.Pattern.quote(PROMPT), -1).length == 3);
            // The next program finds the terminal in its normal (canonical) mode again.
            t.text("stty -a | grep -c -e -icanon");
            t.keys("Enter");
            t.await("canonical mode restored", s -> s.contains(PROMPT + " stty -a | grep -c -e -icanon\n0\n"));
        }
    }

    /** Needs the lab engine: builds a lab under a unique name and always tears it down. */
    @Test
    void insideAppOneTheRealAddressesShow() throws Exception {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        // The real launcher: it builds the lab (broken) before it opens the shell.
        String launcher = "env XDG_STATE_HOME='" + state + "' " + Run.home().resolve("mpsh") + " --lab " + lab
                + "; echo MPSH-EXITED=$?; sleep 600";
        try (Tmux t = Tmux.start(launcher, 120, 40)) {
            t.await("the lab up and the prompt", s -> s.contains("The lab is up")
                    && Tmux.lastLine(s).equals("mpsh:" + lab + "[host]>"));
            t.text("ns app-1");
            t.keys("Enter");
            t.await("prompt in app-1", s -> Tmux.lastLine(s).equals("mpsh:" + lab + "[app-1]>"));
            t.text("ip addr");
            t.keys("Enter");
            String screen = t.await("10.0.84.11/24");
            assertTrue(screen.contains("veth-app1"), screen);
            t.text("ip -br addr show dev veth-a");
            t.keys("Tab");
            t.await("completion of veth-app1", s -> Tmux.lastLine(s).endsWith("show dev veth-app1"));
            t.keys("Enter");
            t.text("bash --norc --noprofile");
            t.keys("Enter");
            t.await("bash prompt", s -> Tmux.lastLine(s).startsWith("bash-"));
            t.text("ip -br addr show dev veth-app1; exit");
            t.keys("Enter");
            t.await("back in mpsh in app-1", s -> Tmux.lastLine(s).equals("mpsh:" + lab + "[app-1]>"));
        } finally {
            Process down = new ProcessBuilder("sh", "-c", mpshCommand() + " --lab " + lab + " -c 'lab down'")
                    .inheritIO().start();
            assertEquals(0, down.waitFor(), "lab down for " + lab);
        }
    }
}
