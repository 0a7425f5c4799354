package dev.mpsh.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.mpsh.output.StdStreams;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna on the process's own terminal, borrowed from the REPL between two commands:
 * <ul>
 *   <li>it reads file descriptor 0 itself, never JLine's input stream (whose {@code available()}
 *       is always 0, so Lanterna would see no key);</li>
 *   <li>Ctrl-C is trapped and arrives as a key: it must not end the JVM (Lanterna's default);</li>
 *   <li>always a text terminal, never the Swing window Lanterna may otherwise open.</li>
 * </ul>
 * Closing it leaves the alternate screen and restores the tty settings it saved.
 */
final class TuiTerminal implements AutoCloseable {
    private final UnixTerminal terminal;
    private final TerminalScreen screen;

    private TuiTerminal(UnixTerminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    static TuiTerminal open() throws IOException {
        UnixTerminal t = new UnixTerminal(new FileInputStream(FileDescriptor.in), StdStreams.OUT,
                StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        try {
            TerminalScreen s = new TerminalScreen(t);
            s.startScreen();
            return new TuiTerminal(t, s);
        } catch (IOException | RuntimeException e) {
            t.close();
            throw e;
        }
    }

    TerminalScreen screen() {
        return screen;
    }

    @Override
    public void close() throws IOException {
        try {
            screen.stopScreen();
        } finally {
            terminal.close();
        }
    }
}
