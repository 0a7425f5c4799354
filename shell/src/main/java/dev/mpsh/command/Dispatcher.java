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
    /** Exit status for a statement the session's {@link StatementGuard} refused (as for a program that may not run). */
    public static final int STATUS_REFUSED = 126;

    /** How deep the current thread is in statements run by statements (a script runs its lines). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final CommandRegistry registry;
    private final Command fallback;
    /** Each command's declared options, read from its help text once (the text does not change). */
    private final java.util.Map<Command, OptionSpellings> spellings = new java.util.concurrent.ConcurrentHashMap<>();

    public Dispatcher(CommandRegistry registry) {
        this(registry, null);
    }

    /**
     * @param fallback runs statements whose first word is no command, with all their words as
     *     arguments (the shell runs them as real programs); null makes them an error
     */
    public Dispatcher(CommandRegistry registry, Command fallback) {
        this.registry = registry;
        this.fallback = fallback;
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

    /**
     * Runs one statement given as words, telling the session's statement listener if any; after a
     * top-level statement, runs the session's {@link AfterStatement} hooks (their before hooks as it starts).
     */
    public int run(List<String> words, CommandContext ctx) {
        int[] depth = DEPTH.get();
        int status;
        if (depth[0] == 0) {
            for (AfterStatement hook : ctx.session().afterStatement()) {
                try {
                    hook.before(words, ctx);
                } catch (RuntimeException e) {
                    error(ctx, "mpsh", "internal error before the command: " + e + "; please report it");
                }
            }
        }
        depth[0]++;
        try {
            StatementListener listener = ctx.session().statementListener();
            if (listener != null && !StatementCapture.active()) {
                status = StatementCapture.around(listener, words, ctx, this::runStatement);
            } else {
                status = runStatement(words, ctx);
            }
        } finally {
            depth[0]--;
        }
        if (depth[0] == 0) {
            for (AfterStatement hook : ctx.session().afterStatement()) {
                try {
                    hook.after(words, status, ctx);
                } catch (RuntimeException e) {
                    error(ctx, "mpsh", "internal error after the command: " + e + "; please report it");
                }
            }
        }
        return status;
    }

    private int runStatement(List<String> words, CommandContext ctx) {
        String name = words.get(0);
        Command command = registry.find(name).orElse(null);
        if (command != null && fallback != null && namesNamespaceRun(words, ctx)) {
            command = null; // e.g. 'client ip addr': the namespace 'client', not the command
        }
        boolean fallingBack = command == null;
        if (fallingBack && fallback == null) {
            error(ctx, "mpsh", "unknown command '" + name + "'" + DidYouMean.hint(name, candidates(CommandException.UnknownWord.Kind.COMMAND, null, ctx))
                    + "; type 'help' to list the commands");
            return 127;
        }
        List<String> args;
        if (fallingBack) {
            command = fallback;
            args = new ArrayList<>(words);
        } else {
            args = new ArrayList<>(words.subList(1, words.size()));
        }
        StatementGuard guard = ctx.session().guard();
        String refused = guard == null ? null : guard.refusal(command, words, fallingBack, ctx.session());
        if (refused != null) {
            error(ctx, "mpsh", refused);
            return STATUS_REFUSED;
        }
        boolean raw = fallingBack || command.rawArguments();
        int text = raw ? args.size() : Math.max(0, Math.min(command.freeTextFrom(args), args.size()));
        if (!raw) {
            // one convention for every command: -opt or --opt, --opt=VALUE (the help declares the options)
            OptionSpellings declared = spellings.computeIfAbsent(command, c -> OptionSpellings.of(c.help()));
            List<String> canonical = new ArrayList<>(declared.canonical(args.subList(0, text)));
            List<String> free = args.subList(text, args.size());
            text = canonical.size();
            canonical.addAll(free);
            args = canonical;
        }
        if (wantsHelp(args, raw, fallingBack)) {
            String help = command.help(ctx.session().scenario());
            ctx.out().print(help.endsWith("\n") ? help : help + "\n");
            return 0;
        }
        int jsonAt = args.indexOf("--json");
        boolean json = !raw && jsonAt >= 0 && jsonAt < text;
        if (json) {
            args.remove(jsonAt);
        }
        String who = fallingBack ? "mpsh" : command.name();
        try {
            Result result = command.run(ctx, args);
            if (json) {
                ctx.out().println(Json.document(result.output().json()));
            } else {
                result.output().render(ctx.out(), ctx.style());
            }
            ctx.out().flush();
            return result.status();
        } catch (CommandException.UnknownWord e) {
            error(ctx, who, e.message(DidYouMean.hint(e.word(), candidates(e.kind(), command, ctx))));
            return e.status();
        } catch (CommandException e) {
            error(ctx, who, e.getMessage());
            return e.status();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
                throw vme;
            }
            error(ctx, who, "internal error: " + e + "; please report it with the command you typed");
            return STATUS_INTERNAL;
        }
    }

    /**
     * A word that is both a command and a namespace (the scenario's 'client') followed by a word
     * that is no option means {@code NAME CMD…}: run CMD in that namespace. Options ('-addr')
     * keep it the command.
     */
    /** The words a mistyped one may have meant: commands and namespaces, the command's options or its subcommands. */
    private java.util.Collection<String> candidates(CommandException.UnknownWord.Kind kind, Command command, CommandContext ctx) {
        switch (kind) {
            case OPTION -> {
                return command == null ? List.of() : DidYouMean.options(command.help(ctx.session().scenario()));
            }
            case SUBCOMMAND -> {
                return command == null ? List.of() : command.subcommands();
            }
            default -> {
                List<String> out = new ArrayList<>(registry.words());
                Namespaces ns = ctx.session().namespaces();
                if (ns != null) {
                    out.addAll(ns.names());
                }
                return out;
            }
        }
    }

    private static boolean namesNamespaceRun(List<String> words, CommandContext ctx) {
        Namespaces ns = ctx.session().namespaces();
        return words.size() > 1 && !words.get(1).startsWith("-") && ns != null && ns.names().contains(words.get(0));
    }

    /** Help for the command itself: never for the fallback, only as the first word for raw commands. */
    private static boolean wantsHelp(List<String> args, boolean raw, boolean fallingBack) {
        if (fallingBack) {
            return false;
        }
        if (raw) {
            return !args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("-h"));
        }
        return args.contains("--help") || args.contains("-h");
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
