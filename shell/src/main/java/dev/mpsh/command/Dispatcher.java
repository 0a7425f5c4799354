package dev.mpsh.command;

import dev.mpsh.output.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The one command dispatcher. Every front end (REPL, -c, scripts, TUI, replay, walkthrough)
 * hands it lines; it splits them, finds the command, handles {@code --help} and {@code --json},
 * renders the result and turns every failure into one line on stderr.
 */
public final class Dispatcher {
    /** Exit status for a bug in mpsh itself (sysexits EX_SOFTWARE). */
    public static final int STATUS_INTERNAL = 70;

    private final CommandRegistry registry;

    public Dispatcher(CommandRegistry registry) {
        this.registry = registry;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /**
     * Runs every statement of {@code line}, stopping at the first that fails.
     *
     * @return the exit status of the last statement run (0 for an empty line)
     */
    public int execute(String line, CommandContext ctx) {
        List<List<String>> statements;
        try {
            statements = LineParser.statements(line);
        } catch (LineParser.ParseException e) {
            error(ctx, "mpsh", e.getMessage());
            return 2;
        }
        int status = 0;
        for (List<String> words : statements) {
            status = run(words, ctx);
            if (status != 0 || ctx.cancellation().isCancelled()) {
                break;
            }
        }
        return status;
    }

    /** Runs one statement given as words, telling the session's statement listener if any. */
    public int run(List<String> words, CommandContext ctx) {
        StatementListener listener = ctx.session().statementListener();
        if (listener != null && !StatementCapture.active()) {
            return StatementCapture.around(listener, words, ctx, this::runStatement);
        }
        return runStatement(words, ctx);
    }

    private int runStatement(List<String> words, CommandContext ctx) {
        String name = words.get(0);
        Command command = registry.find(name).orElse(null);
        if (command == null) {
            error(ctx, "mpsh", "unknown command '" + name + "'; type 'help' to list the commands");
            return 127;
        }
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        if (args.contains("--help") || args.contains("-h")) {
            ctx.out().print(command.help().endsWith("\n") ? command.help() : command.help() + "\n");
            return 0;
        }
        boolean json = args.remove("--json");
        try {
            Result result = command.run(ctx, args);
            if (json) {
                ctx.out().println(Json.write(result.output().json()));
            } else {
                result.output().render(ctx.out(), ctx.style());
            }
            ctx.out().flush();
            return result.status();
        } catch (CommandException e) {
            error(ctx, command.name(), e.getMessage());
            return e.status();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
                throw vme;
            }
            error(ctx, command.name(), "internal error: " + e + "; please report it with the command you typed");
            return STATUS_INTERNAL;
        }
    }

    /** Prints {@code who: message} as exactly one line on stderr. */
    public static void error(CommandContext ctx, String who, String message) {
        ctx.out().flush();
        ctx.err().println(ctx.style().red(who + ": " + oneLine(message)));
        ctx.err().flush();
    }

    /** Folds a message onto one line and makes control characters visible. */
    public static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString().strip();
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
