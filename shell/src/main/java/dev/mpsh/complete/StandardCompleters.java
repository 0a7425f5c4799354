package dev.mpsh.complete;

import dev.mpsh.command.CommandRegistry;
import dev.mpsh.ns.NsCommand;
import java.util.ArrayList;
import java.util.List;

/** The completers mpsh ships with, by command word. */
public final class StandardCompleters {
    private StandardCompleters() {
    }

    public static CompleterRegistry create(CommandRegistry commands) {
        ArgumentCompleter ns = r -> {
            if (r.words().size() > 1) {
                return List.of();
            }
            List<Suggestion> out = new ArrayList<>();
            r.view().names().forEach(n -> out.add(Suggestion.word(n)));
            out.add(Suggestion.word("-", "back to the previous namespace", null));
            out.add(Suggestion.word(NsCommand.HOST, "the host's own namespace", null));
            return out;
        };
        ArgumentCompleter help = r -> r.words().size() > 1 ? List.of()
                : commands.words().stream().map(Suggestion::word).toList();
        ArgumentCompleter source = r -> {
            List<Suggestion> out = new ArrayList<>(FileNames.complete(r.prefix()));
            if (r.prefix().startsWith("-")) {
                out.add(Suggestion.word("--keep-going"));
            }
            return out;
        };
        // tui [-addr HOST:PORT] [-ns NAMESPACE]
        ArgumentCompleter tui = r -> {
            String last = r.words().get(r.words().size() - 1);
            if (last.equals("-ns")) {
                return r.view().names().stream().map(Suggestion::word).toList();
            }
            if (last.equals("-addr")) {
                return List.of();
            }
            return List.of("-addr", "-ns").stream().filter(o -> !r.words().contains(o))
                    .map(o -> Suggestion.word(o, o.equals("-addr") ? "the echo server, HOST:PORT" : "where the echo console connects from", null))
                    .toList();
        };
        ArgumentCompleter sh = r -> r.shell().complete(r.words().subList(1, r.words().size()), r.prefix(), null);
        return new CompleterRegistry()
                .register("ns", ns)
                .register("enter", ns)
                .register("subflows", CommandArgumentCompleters.views(List.of("--wide", "--json"), false))
                .register("watch", CommandArgumentCompleters.views(List.of("-interval", "-count"), false))
                .register("counters", CommandArgumentCompleters.views(List.of("--all", "--json", "--"), true))
                .register("help", help)
                .register("source", source)
                .register("sh", sh)
                .register("tui", tui)
                .register("fix", new FixIdCompleter())
                .register("client", CommandArgumentCompleters.client())
                .register("drill", WanCompleter.drill(
                        commands.find("drill").map(c -> c.subcommands()).orElse(List.of())))
                .register("lab", WanCompleter.lab(
                        commands.find("lab").map(c -> c.subcommands()).orElse(List.of())))
                .register("monitor", CommandArgumentCompleters.monitor())
                .register("class", CommandArgumentCompleters.classroom(
                        commands.find("class").map(c -> c.subcommands()).orElse(List.of())))
                .register("replay", CommandArgumentCompleters.replay())
                .register("record", CommandArgumentCompleters.record(
                        commands.find("record").map(c -> c.subcommands()).orElse(List.of())))
                .register("ip", new IpCompleter())
                .register("sysctl", new SysctlCompleter())
                .register("tcpdump", new TcpdumpCompleter());
    }
}
