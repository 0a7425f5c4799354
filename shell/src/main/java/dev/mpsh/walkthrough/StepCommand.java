package dev.mpsh.walkthrough;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import java.util.List;

/** {@code hint}, {@code show}, {@code skip} and {@code back}: one word each for the running walkthrough. */
public final class StepCommand implements Command {
    private final String name;
    private final String summary;

    private StepCommand(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    public static List<Command> all() {
        return List.of(
                new StepCommand("hint", "walkthrough: a hint for the current step; again for a stronger one"),
                new StepCommand("show", "walkthrough: the exact commands of the current step"),
                new StepCommand("skip", "walkthrough: pass over the current step"),
                new StepCommand("back", "walkthrough: go back one step"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String group() {
        return "training";
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String help() {
        return "usage: " + name + "\n\n" + summary.substring("walkthrough: ".length())
                + " (the same as 'walkthrough " + name + "'); start the walkthrough with 'walkthrough'.\n";
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        if (!args.isEmpty()) {
            throw CommandException.usage(name + " takes no arguments");
        }
        Walkthrough w = Walkthrough.of(ctx.session());
        if (w == null) {
            throw new CommandException("no walkthrough is running in this shell; start or resume one with 'walkthrough'");
        }
        return act(w, name, ctx);
    }

    static Result act(Walkthrough w, String action, CommandContext ctx) throws CommandException {
        return Result.text(switch (action) {
            case "hint" -> w.hint(ctx.style());
            case "show" -> w.show(ctx.style());
            case "skip" -> w.skip(ctx.style());
            case "back" -> w.back(ctx.style());
            default -> throw new IllegalArgumentException(action);
        });
    }
}
