package dev.mpsh.flows;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.linux.NetNsRef;
import dev.mpsh.ns.NamespaceArgs;
import java.util.List;
import java.util.Map;

/**
 * The namespace words of {@code subflows} and {@code watch}: lab namespaces by scenario name,
 * {@code --netns NAME} for any named namespace and {@code --host} for the host's own, checked,
 * and the collector watching them.
 */
final class FlowArgs {
    /**
     * What to show: the targets in order, and those that cannot be watched with a one-line
     * reason each (shown in their place; the rest of the view is still shown).
     */
    record Watched(List<NetNsRef> targets, Map<String, String> failed) {
    }

    private FlowArgs() {
    }

    /** Checks the words, makes sure their namespaces are watched, and says which cannot be. */
    static Watched watched(CommandContext ctx, String command, List<String> words) throws CommandException {
        FlowCollector collector = FlowCollector.of(ctx.session());
        List<NetNsRef> targets = NamespaceArgs.parse(ctx, command, words, lab -> collector.defaults());
        Map<String, String> failed = collector.watchTargets(targets);
        if (!failed.isEmpty() && failed.size() == targets.stream().map(NetNsRef::name).distinct().count()) {
            String first = failed.values().iterator().next();
            throw new CommandException("cannot watch " + String.join(", ", failed.keySet()) + ": " + first);
        }
        return new Watched(targets, failed);
    }

    /** The terminal's width, or 0 (no limit) when there is none. */
    static int width(CommandContext ctx) {
        var size = ctx.session().screenSize();
        return ctx.interactive() && size != null && size.columns() > 0 ? size.columns() : 0;
    }
}
