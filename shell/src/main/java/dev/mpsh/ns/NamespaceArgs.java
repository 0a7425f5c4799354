package dev.mpsh.ns;

import dev.mpsh.client.LabNamespace;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.DidYouMean;
import dev.mpsh.command.Namespaces;
import dev.mpsh.linux.NetNsRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The namespace words of the read-only views ({@code subflows}, {@code watch}, {@code counters}):
 * lab namespaces by scenario name, {@code --netns NAME} for any named namespace and
 * {@code --host} for the host's own, in the order given. Lab names need the lab up; the others
 * need no lab at all.
 */
public final class NamespaceArgs {
    private NamespaceArgs() {
    }

    /**
     * The words as namespaces. With no namespace word at all, the lab's defaults. Throws a
     * usage error for a bad word, and an error when lab namespaces are meant but the lab is down.
     *
     * @param defaults the lab namespaces (scenario names) meant when none are named
     */
    public static List<NetNsRef> parse(CommandContext ctx, String command, List<String> words,
                                       Function<Namespaces, List<String>> defaults) throws CommandException {
        List<String> labNames = new ArrayList<>();
        List<NetNsRef> refs = new ArrayList<>();
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
                    refs.add(NetNsRef.named(name, name));
                } catch (IOException e) {
                    throw CommandException.usage(e.getMessage());
                }
                others = true;
            } else if (o.equals("-host")) {
                refs.add(NetNsRef.host());
                others = true;
            } else if (w.startsWith("-")) {
                throw CommandException.unknownOption(w, "see '" + command + " --help'");
            } else {
                labNames.add(w);
                refs.add(null); // a lab namespace, resolved below, in its place
            }
        }
        if (labNames.isEmpty() && others) {
            return refs;
        }
        Namespaces lab = ctx.session().namespaces();
        if (lab == null) {
            throw new CommandException(LabNamespace.LAB_DOWN + ", or name another namespace: --netns NAME, --host");
        }
        List<String> chosen = labNames.isEmpty() ? defaults.apply(lab) : labNames;
        for (String n : chosen) {
            if (!lab.names().contains(n)) {
                throw CommandException.usage("unknown namespace '" + n + "'" + DidYouMean.hint(n, lab.names()) + "; the lab has " + String.join(", ", lab.names())
                        + " (any other: --netns NAME)");
            }
        }
        if (!lab.labUp()) {
            throw new CommandException(LabNamespace.LAB_DOWN + ", or name another namespace: --netns NAME, --host");
        }
        List<NetNsRef> resolved = new ArrayList<>();
        try {
            for (String n : chosen) {
                resolved.add(NetNsRef.named(n, lab.netnsName(n)));
            }
        } catch (IOException e) {
            throw new CommandException(e.getMessage());
        }
        if (labNames.isEmpty()) {
            return resolved;
        }
        List<NetNsRef> out = new ArrayList<>();
        int k = 0;
        for (NetNsRef r : refs) {
            out.add(r != null ? r : resolved.get(k++));
        }
        return out;
    }
}
