package dev.mpsh.command;

/**
 * How a full-screen front end (the TUI) gives the shell's terminal back after borrowing it
 * between two commands. The REPL sets one on the session; elsewhere there is nothing to take back.
 */
public interface TerminalHandover {
    TerminalHandover NONE = () -> { };

    /** After a full-screen program used the terminal: take back what it may have taken (the resize signal). */
    void reclaim();
}
