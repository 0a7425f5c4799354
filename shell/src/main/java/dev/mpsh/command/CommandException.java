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

    /**
     * A usage error for an option the command does not take: "unknown option 'W'; " + rest. The
     * dispatcher adds "did you mean …?" from the options the command's help text declares.
     */
    public static CommandException unknownOption(String word, String rest) {
        return new UnknownWord(UnknownWord.Kind.OPTION, "unknown option '" + word + "'", word, "; " + rest, 2);
    }

    /** A usage error for a subcommand the command does not have; the dispatcher adds "did you mean …?". */
    public static CommandException unknownSubcommand(String word, String rest) {
        return new UnknownWord(UnknownWord.Kind.SUBCOMMAND, "unknown subcommand '" + word + "'", word, "; " + rest, 2);
    }

    /**
     * An error naming a word that is not what it should be, which the {@link Dispatcher} (it knows
     * the command, its help text and the lab's namespaces) completes with the closest real one.
     */
    public static final class UnknownWord extends CommandException {
        /** What the word should have been. */
        public enum Kind { COMMAND, OPTION, SUBCOMMAND }

        private final Kind kind;
        private final String head;
        private final String word;
        private final String tail;

        public UnknownWord(Kind kind, String head, String word, String tail, int status) {
            super(head + tail, status);
            this.kind = kind;
            this.head = head;
            this.word = word;
            this.tail = tail;
        }

        public Kind kind() {
            return kind;
        }

        public String word() {
            return word;
        }

        /** The message with {@code hint} ("; did you mean 'X'?" or "") between what was wrong and what to do. */
        public String message(String hint) {
            return hint.isEmpty() ? head + tail : head + hint + " " + tail.replaceFirst("^; ", "");
        }
    }
}
