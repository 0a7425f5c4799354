package dev.mpsh.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With standard input not a terminal, lines run without a prompt and a failure does not stop the rest. */
class PipedInputTest {
    @Test
    void linesRunWithoutAPrompt() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", TmuxShellIT.mpshCommand())
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("help exit\nno-such-program-xyz\necho still-here  # a comment\nexit 4\necho never\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(4, p.exitValue(), out);
        assertFalse(out.contains("mpsh["), "no prompt: " + out);
        String[] lines = out.split("\n");
        assertEquals("usage: exit [STATUS]", lines[0]);
        assertEquals("still-here", lines[lines.length - 1], out);
        assertEquals("mpsh: unknown command 'no-such-program-xyz': neither an mpsh command nor a program on PATH; "
                + "type 'help' for mpsh commands", lines[lines.length - 2], out);
    }
}
