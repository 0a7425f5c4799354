package dev.mpsh.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code help} and {@code help CMD}. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String group() {
        return "shell";
    }

    @Override
    public String summary() {
        return "list the commands, or show how to use one";
    }

    @Override
    public String help() {
        return """
                usage: help [COMMAND]
                       help --markdown

                Without an argument, lists the commands by group. With one, shows its usage and
                examples (the same as COMMAND --help). --markdown prints every command's help as
                Markdown: the reference in docs/commands.md.

                examples:
                  help
                  help lab
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        CommandRegistry registry = ctx.registry();
        if (args.equals(List.of("--markdown"))) {
            return Result.text(markdown(registry, ctx.session().scenario()));
        }
        if (args.size() > 1) {
            throw CommandException.usage("takes at most one command name; try 'help' or 'help lab'");
        }
        if (args.size() == 1) {
            Command c = registry.find(args.get(0)).orElseThrow(() -> new CommandException(
                    "no command '" + args.get(0) + "'; type 'help' to list the commands", 2));
            return Result.text(c.help(ctx.session().scenario()));
        }
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Command c : registry.commands()) {
            groups.computeIfAbsent(c.group(), g -> new TreeMap<>()).put(c.name(), c.summary());
        }
        int width = registry.commands().stream().mapToInt(c -> c.name().length()).max().orElse(4);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> g : groups.entrySet()) {
            sb.append(ctx.style().bold(g.getKey())).append('\n');
            for (Map.Entry<String, String> c : g.getValue().entrySet()) {
                sb.append("  ").append(String.format("%-" + width + "s", c.getKey()))
                        .append("  ").append(c.getValue()).append('\n');
            }
        }
        sb.append("\nAny other line runs as a program in the current namespace; 'NAME CMD' runs CMD in")
                .append(" namespace NAME.\nType 'help COMMAND' or 'COMMAND --help' for usage and examples.\n");
        return Result.text(sb.toString());
    }

    /**
     * Every command's help text as Markdown, grouped as in {@code help}: the body of
     * docs/commands.md, so the reference and the help text are one (a test keeps them equal).
     * Examples are those of scenario (docs/commands.md: the built-in one).
     */
    public static String markdown(CommandRegistry registry, dev.mpsh.api.Scenario scenario) {
        Map<String, Map<String, Command>> groups = new LinkedHashMap<>();
        for (Command c : registry.commands()) {
            groups.computeIfAbsent(c.group(), g -> new TreeMap<>()).put(c.name(), c);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Map<String, Command>> g : groups.entrySet()) {
            sb.append("## ").append(g.getKey()).append("\n\n");
            for (Command c : g.getValue().values()) {
                sb.append("### ").append(c.name());
                if (!c.aliases().isEmpty()) {
                    sb.append(" (also ").append(String.join(", ", c.aliases())).append(')');
                }
                sb.append("\n\n").append(c.summary()).append("\n\n```\n")
                        .append(c.help(scenario).stripTrailing()).append("\n```\n\n");
            }
        }
        return sb.toString();
    }
}
