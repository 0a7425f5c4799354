package dev.mpsh.flows;

import dev.mpsh.client.LabNamespace;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Namespaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The namespace words of {@code subflows} and {@code watch}, checked, and the collector watching them. */
final class FlowArgs {
    private FlowArgs() {
    }

    /** Validates names (empty: the defaults), makes sure they are watched, returns them. */
    static List<String> watched(CommandContext ctx, String command, List<String> names) throws CommandException {
        Namespaces lab = LabNamespace.lab(ctx);
        FlowCollector collector = FlowCollector.of(ctx.session());
        List<String> chosen = names.isEmpty() ? collector.defaults() : new ArrayList<>(names);
        for (String n : chosen) {
            if (n.startsWith("-")) {
                throw CommandException.usage("unknown option '" + n + "'; see '" + command + " --help'");
            }
            if (!lab.names().contains(n)) {
                throw CommandException.usage("unknown namespace '" + n + "'; the lab has " + String.join(", ", lab.names()));
            }
        }
        if (!lab.labUp()) {
            throw new CommandException(LabNamespace.LAB_DOWN);
        }
        try {
            collector.watch(chosen);
        } catch (IOException e) {
            throw new CommandException("cannot watch MPTCP events: " + e.getMessage());
        }
        return chosen;
    }

    /** The terminal's width, or 0 (no limit) when there is none. */
    static int width(CommandContext ctx) {
        var size = ctx.session().screenSize();
        return ctx.interactive() && size != null && size.columns() > 0 ? size.columns() : 0;
    }
}
