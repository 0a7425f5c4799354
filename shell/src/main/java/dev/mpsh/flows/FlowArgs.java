package dev.mpsh.flows;

import dev.mpsh.client.LabNamespace;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Namespaces;
import java.io.IOException;
import java.util.ArrayList;
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
    record Watched(List<WatchTarget> targets, Map<String, String> failed) {
    }

    private FlowArgs() {
    }

    /** The words as targets, without watching them; throws for bad usage. */
    static List<WatchTarget> targets(CommandContext ctx, String command, List<String> words) throws CommandException {
        List<String> labNames = new ArrayList<>();
        List<WatchTarget> targets = new ArrayList<>();
        boolean others = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String o = w.startsWith("--") ? w.substring(1) : w;
            if (o.equals("-netns")) {
                if (i + 1 >= words.size()) {
                    throw CommandException.usage("--netns needs a namespace name (see 'ip netns list'); see '" + command + " --help'");
                }
                String name = words.get(++i);
                try {
                    targets.add(WatchTarget.named(name, name));
                } catch (IOException e) {
                    throw CommandException.usage(e.getMessage());
                }
                others = true;
            } else if (o.equals("-host")) {
                targets.add(WatchTarget.host());
                others = true;
            } else if (w.startsWith("-")) {
                throw CommandException.usage("unknown option '" + w + "'; see '" + command + " --help'");
            } else {
                labNames.add(w);
                targets.add(null); // a lab namespace, resolved below, in its place
            }
        }
        if (labNames.isEmpty() && others) {
            return targets;
        }
        Namespaces lab = LabNamespace.lab(ctx);
        FlowCollector collector = FlowCollector.of(ctx.session());
        List<String> chosen = labNames.isEmpty() ? collector.defaults() : labNames;
        for (String n : chosen) {
            if (!lab.names().contains(n)) {
                throw CommandException.usage("unknown namespace '" + n + "'; the lab has " + String.join(", ", lab.names())
                        + " (any other: --netns NAME)");
            }
        }
        if (!lab.labUp()) {
            throw new CommandException(LabNamespace.LAB_DOWN);
        }
        List<WatchTarget> resolved;
        try {
            resolved = collector.lab(chosen);
        } catch (IOException e) {
            throw new CommandException(e.getMessage());
        }
        if (labNames.isEmpty()) {
            return resolved;
        }
        List<WatchTarget> out = new ArrayList<>();
        int k = 0;
        for (WatchTarget t : targets) {
            out.add(t != null ? t : resolved.get(k++));
        }
        return out;
    }

    /** Checks the words, makes sure their namespaces are watched, and says which cannot be. */
    static Watched watched(CommandContext ctx, String command, List<String> words) throws CommandException {
        List<WatchTarget> targets = targets(ctx, command, words);
        Map<String, String> failed = FlowCollector.of(ctx.session()).watchTargets(targets);
        if (!failed.isEmpty() && failed.size() == targets.stream().map(WatchTarget::name).distinct().count()) {
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
