package dev.mpsh.command;

import java.util.List;

/** {@code exit [STATUS]}: leaves the shell (or ends a script). The lab stays up. */
public final class ExitCommand implements Command {

    @Override
    public String name() {
        return "exit";
    }

    @Override
    public List<String> aliases() {
        return List.of("quit");
    }

    @Override
    public String group() {
        return "shell";
    }

    @Override
    public String summary() {
        return "leave mpsh (the lab stays up; 'lab down' removes it)";
    }

    @Override
    public String help() {
        return """
                usage: exit [STATUS]

                Leaves the shell, or ends the script being run, with STATUS (default 0).
                The lab and its echo servers keep running; 'lab down' removes them.
                """;
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        int status = 0;
        if (args.size() > 1) {
            throw CommandException.usage("takes at most one status; e.g. 'exit' or 'exit 1'");
        }
        if (args.size() == 1) {
            try {
                status = Integer.parseInt(args.get(0));
            } catch (NumberFormatException e) {
                throw CommandException.usage("status '" + args.get(0) + "' is not a number; e.g. 'exit 1'");
            }
            if (status < 0 || status > 255) {
                throw CommandException.usage("status must be 0 to 255");
            }
        }
        ctx.session().requestExit(status);
        return Result.status(status);
    }
}
