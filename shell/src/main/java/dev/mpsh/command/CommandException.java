package dev.mpsh.command;

/**
 * A failure to show the user as one line: what was wrong and what to do next.
 * The exit status defaults to 1; usage errors use 2.
 */
public class CommandException extends Exception {
    private final int status;

    public CommandException(String message) {
        this(message, 1);
    }

    public CommandException(String message, int status) {
        super(message);
        this.status = status;
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
        this.status = 1;
    }

    public int status() {
        return status;
    }

    /** A usage error (exit status 2). */
    public static CommandException usage(String message) {
        return new CommandException(message, 2);
    }
}
