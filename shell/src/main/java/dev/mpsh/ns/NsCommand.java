package dev.mpsh.ns;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.DidYouMean;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import java.util.ArrayList;
import java.util.List;

/** {@code ns [NAME | - | host]}: enter a namespace, go back, or list them. */
public final class NsCommand implements Command {
    /** The word for the host's own namespace. */
    public static final String HOST = "host";

    @Override
    public String name() {
        return "ns";
    }

    @Override
    public List<String> aliases() {
        return List.of("enter");
    }

    @Override
    public String group() {
        return "namespaces";
    }

    @Override
    public String summary() {
        return "enter a namespace (ns NAME, ns -), or list them with their addresses";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: ns                 list the namespaces with their interfaces and addresses
                       ns NAME            enter NAME: later commands run there (alias: enter)
                       ns -               go back to the namespace you were in before
                       ns host            back to the host's own namespace
                       ns --json          the list as JSON

                The prompt shows where you are, e.g. mpsh[%1$s]>. Any line that is no mpsh
                command then runs there as a real program; 'NAME CMD' runs one command in
                another namespace without switching.

                examples:
                  ns %1$s
                  ip mptcp endpoint show
                  ns -
                  %2$s ip addr
                """.formatted(e.client(), e.serverNs());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        Session session = ctx.session();
        NamespaceView view = new NamespaceView(session);
        if (args.isEmpty()) {
            return Result.ok(listing(session, view));
        }
        if (args.size() > 1) {
            throw CommandException.usage("takes one namespace name; e.g. 'ns client' (to run one command there: 'client CMD')");
        }
        String name = args.get(0);
        if (name.equals("-")) {
            if (!session.hasPreviousNamespace()) {
                throw new CommandException("no previous namespace yet; 'ns NAME' enters one");
            }
            session.namespace(session.previousNamespace());
            return Result.ok();
        }
        if (view.isNamespace(name)) {
            Boolean up = view.labUp();
            if (Boolean.FALSE.equals(up) || !view.exists(name)) {
                throw new CommandException("namespace '" + name + "' is not there because the lab is down; 'lab up' builds it");
            }
            session.namespace(name);
            return Result.ok();
        }
        if (name.equals(HOST)) {
            session.namespace(null);
            return Result.ok();
        }
        List<String> names = view.names();
        throw new CommandException("no namespace '" + name + "'" + DidYouMean.hint(name, names) + "; "
                + (names.isEmpty() ? "there are none yet ('lab up' builds the lab)" : "choose one of " + String.join(", ", names)), 2);
    }

    private static NsListing listing(Session session, NamespaceView view) {
        List<NsListing.Entry> entries = new ArrayList<>();
        for (String name : view.names()) {
            entries.add(new NsListing.Entry(name, view.netns(name), name.equals(session.namespace()),
                    view.exists(name), view.interfaces(name)));
        }
        return new NsListing(session.labName(), view.labUp(), session.namespace(), entries);
    }
}
