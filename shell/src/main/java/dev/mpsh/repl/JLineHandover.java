package dev.mpsh.repl;

import dev.mpsh.command.TerminalHandover;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.utils.Signals;

/**
 * Gives the JLine terminal back its resize signal after a full-screen program (Lanterna) took
 * it: the JVM has one SIGWINCH handler, and the last to register wins. Without this the prompt
 * would no longer redraw when the window is resized.
 */
public final class JLineHandover implements TerminalHandover {
    private final Terminal terminal;

    public JLineHandover(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void reclaim() {
        Signals.register(Signal.WINCH.name(), () -> terminal.raise(Signal.WINCH));
    }
}
