package dev.mpsh.client;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.DidYouMean;
import dev.mpsh.command.Namespaces;
import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns a scenario namespace name (e.g. "client") into an entered {@link NetNs}, for commands. */
public final class LabNamespace {
    public static final String LAB_DOWN = "lab is down; run 'lab up' first";

    private LabNamespace() {
    }

    /** Checks name against the lab's namespaces; null name is not allowed here. */
    public static Namespaces lab(CommandContext ctx) throws CommandException {
        Namespaces n = ctx.session().namespaces();
        if (n == null) {
            throw new CommandException(LAB_DOWN);
        }
        return n;
    }

    /** Opens the lab namespace called name; one-line errors for an unknown name or a lab that is down. */
    public static NetNs open(CommandContext ctx, String name) throws CommandException {
        Namespaces n = lab(ctx);
        if (!n.names().contains(name)) {
            throw CommandException.usage("unknown namespace '" + name + "'" + DidYouMean.hint(name, n.names()) + "; the lab has " + String.join(", ", n.names()));
        }
        try {
            return NetNs.open(n.netnsName(name));
        } catch (NoSuchFileException e) {
            throw new CommandException(LAB_DOWN);
        } catch (IOException e) {
            throw new CommandException("cannot enter namespace " + name + ": " + e.getMessage());
        }
    }
}
