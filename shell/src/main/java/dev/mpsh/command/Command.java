package dev.mpsh.command;

import java.util.List;

/**
 * One mpsh command: a name, its help text (which is its user documentation) and one method.
 * Commands are registered in one place, {@link CommandRegistry}; the REPL, {@code -c}, scripts,
 * the TUI and replays all reach them through the {@link Dispatcher}.
 */
public interface Command {

    /** The word that invokes the command, e.g. {@code "lab"}. */
    String name();

    /** Other words that invoke it, e.g. {@code enter} for {@code ns}. */
    default List<String> aliases() {
        return List.of();
    }

    /** The help group it is listed under, e.g. "lab", "mptcp", "shell". */
    String group();

    /** One line for {@code help}. */
    String summary();

    /** Usage, options and examples, shown by {@code help NAME} and {@code NAME --help}. */
    String help();

    /**
     * The help for a lab of this scenario: commands whose examples or defaults name the lab's
     * namespaces and addresses take them from it. {@code scenario} is null when it is unknown.
     */
    default String help(dev.mpsh.api.Scenario scenario) {
        return help();
    }

    /** Subcommand words, for completion and help; empty when the command has none. */
    default List<String> subcommands() {
        return List.of();
    }

    /**
     * True for commands whose arguments belong to another program ({@code sh CMD…}): the
     * dispatcher then keeps {@code --json} and takes {@code --help} only as the first argument.
     */
    default boolean rawArguments() {
        return false;
    }

    /**
     * Where free text begins in args ({@code record note TEXT...}): the dispatcher rewrites no
     * option spelling from there on and takes no {@code --json} there. Default: no free text.
     */
    default int freeTextFrom(List<String> args) {
        return args.size();
    }

    /**
     * Runs the command. Streams that take time (monitor, the echo client) write to
     * {@link CommandContext#out()} as they go; everything else returns a {@link Result}.
     *
     * @throws CommandException for any user-facing failure: its message is the one-line error
     */
    Result run(CommandContext ctx, List<String> args) throws CommandException;
}
