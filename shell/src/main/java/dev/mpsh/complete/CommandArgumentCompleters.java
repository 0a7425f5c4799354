package dev.mpsh.complete;

import dev.mpsh.record.Trust;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Argument completion for mpsh's own commands with options and values: the echo client, the
 * monitor, and recordings (shipped transcript names as well as files).
 */
final class CommandArgumentCompleters {
    private CommandArgumentCompleters() {
    }

    /** client -addr HOST:PORT [-msg TEXT | --bulk D | --bytes N [--timeline]] [-timeout D] [-ns NAMESPACE] */
    static ArgumentCompleter client() {
        Map<String, String> options = Map.of(
                "-addr", "where to connect, HOST:PORT",
                "-msg", "send once and print the echo",
                "-timeout", "how long to wait for the connection",
                "-ns", "connect from another namespace",
                "--bulk", "send a stream for DURATION and check the echo",
                "--bytes", "send SIZE and check the echo",
                "--timeline", "bytes per subflow per 100 ms (with --bulk or --bytes)",
                "--interval", "how often the subflows' counters are read (with --bulk or --bytes)");
        return r -> {
            if (r.words().size() > 1 && !r.words().get(1).startsWith("-")) {
                // 'client ip addr': a program run in the client namespace, completed as one.
                return r.shell().complete(r.words().subList(1, r.words().size()), r.prefix(), r.words().get(0));
            }
            String last = r.words().get(r.words().size() - 1);
            switch (last) {
                case "-addr" -> {
                    return r.view().addresses().stream().map(a -> Suggestion.word(a + ":80")).toList();
                }
                case "-ns" -> {
                    return r.view().names().stream().map(Suggestion::word).toList();
                }
                case "-timeout" -> {
                    return Stream.of("500ms", "1s", "3s", "10s").map(Suggestion::word).toList();
                }
                case "-msg" -> {
                    return List.of();
                }
                case "--bulk" -> {
                    return Stream.of("5s", "10s", "30s", "1m").map(Suggestion::word).toList();
                }
                case "--interval" -> {
                    return Stream.of("100ms", "1s").map(Suggestion::word).toList();
                }
                case "--bytes" -> {
                    return Stream.of("10M", "100M", "1G").map(Suggestion::word).toList();
                }
                default -> {
                    return options.entrySet().stream().filter(e -> !r.words().contains(e.getKey()))
                            .map(e -> Suggestion.word(e.getKey(), e.getValue(), null)).sorted(
                                    java.util.Comparator.comparing(Suggestion::value)).toList();
                }
            }
        };
    }

    /**
     * class up N [--scenario S] [--prefix P] [--confine] | down [--prefix P] | reset LAB |
     * status [--prefix P] | board [--prefix P] [--headless S]: the labs of the classes up for reset, the
     * scenarios installed for --scenario.
     */
    static ArgumentCompleter classroom(List<String> subcommands) {
        return r -> {
            int n = r.words().size();
            if (n == 1) {
                return subcommands.stream().map(Suggestion::word).toList();
            }
            String sub = r.words().get(1);
            String last = r.words().get(n - 1);
            if (last.equals("--scenario")) {
                return dev.mpsh.plugin.ScenarioCatalog.installed().ids().stream().map(Suggestion::word).toList();
            }
            if (last.equals("--prefix")) {
                return List.of();
            }
            return switch (sub) {
                case "up" -> n == 2 ? Stream.of("3", "12", "30").map(Suggestion::word).toList()
                        : Stream.of("--scenario", "--prefix", "--confine", "-v").filter(o -> !r.words().contains(o))
                                .map(Suggestion::word).toList();
                case "reset" -> n == 2 ? classLabs() : List.of();
                case "down", "status" -> r.words().contains("--prefix") ? List.of() : List.of(Suggestion.word("--prefix"));
                case "board" -> last.equals("--headless") ? List.of(Suggestion.word("60"))
                        : Stream.of("--prefix", "--headless").filter(o -> !r.words().contains(o)).map(Suggestion::word).toList();
                default -> List.of();
            };
        };
    }

    /** The labs of every class up on this host, from their records in the state directory. */
    private static List<Suggestion> classLabs() {
        List<Suggestion> out = new ArrayList<>();
        Path dir = dev.mpsh.lab.LabLayout.stateDir();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (line.startsWith("lab ")) {
                        out.add(Suggestion.word(line.substring(4)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return out; // completion must never break the prompt
        }
        return out;
    }

    /** monitor [NAMESPACE]: one namespace. */
    static ArgumentCompleter monitor() {
        return r -> {
            if (r.previous().equals("--netns")) {
                return namedNamespaces();
            }
            if (r.words().size() > 1) {
                return List.of();
            }
            List<Suggestion> out = new ArrayList<>(r.view().names().stream().map(Suggestion::word).toList());
            out.add(Suggestion.word("--netns", "any named namespace (ip netns list)", null));
            out.add(Suggestion.word("--host", "the host's own namespace", null));
            return out;
        };
    }

    /**
     * The read-only views (subflows, watch, counters): lab namespaces once each, --netns NAME
     * with the names under /run/netns, and the view's own options; after counters' "--", the
     * command line it runs.
     */
    static ArgumentCompleter views(List<String> options, boolean command) {
        return r -> {
            List<String> args = r.words().subList(1, r.words().size());
            if (command && args.contains("--")) {
                List<String> rest = args.subList(args.indexOf("--") + 1, args.size());
                return r.shell().complete(rest, r.prefix(), null);
            }
            if (r.previous().equals("--netns")) {
                return namedNamespaces();
            }
            if (r.previous().equals("-interval") || r.previous().equals("-count")) {
                return List.of();
            }
            List<Suggestion> out = new ArrayList<>();
            if (r.prefix().startsWith("-")) {
                out.add(Suggestion.word("--netns", "any named namespace (ip netns list)", null));
                out.add(Suggestion.word("--host", "the host's own namespace", null));
                options.stream().filter(o -> !args.contains(o)).forEach(o -> out.add(Suggestion.word(o)));
                return out;
            }
            r.view().names().stream().filter(n -> !args.contains(n)).forEach(n -> out.add(Suggestion.word(n)));
            return out;
        };
    }

    /** The names under /run/netns, sorted. */
    private static List<Suggestion> namedNamespaces() {
        try (var names = java.nio.file.Files.list(dev.mpsh.linux.NetNs.NETNS_DIR)) {
            return names.map(p -> p.getFileName().toString()).sorted().map(Suggestion::word).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** replay TRANSCRIPT [options]: the shipped recordings by name, or a file. */
    static ArgumentCompleter replay() {
        List<String> options = List.of("--play", "--speed", "--step", "--dry-run", "--trust", "--update");
        return r -> {
            if (r.prefix().startsWith("-")) {
                return options.stream().filter(o -> !r.words().contains(o)).map(Suggestion::word).toList();
            }
            if (r.words().size() > 1) {
                return List.of();
            }
            List<Suggestion> out = new ArrayList<>(shippedRecordings(r.view().scenario()));
            out.addAll(FileNames.complete(r.prefix()));
            return out;
        };
    }

    /** record start FILE | stop | status | chapter T | note T | export --cast OUT [FILE] */
    static ArgumentCompleter record(List<String> subcommands) {
        return r -> {
            if (r.words().size() == 1) {
                return subcommands.stream().map(Suggestion::word).toList();
            }
            String sub = r.words().get(1);
            if (sub.equals("start") || sub.equals("export")) {
                if (sub.equals("export") && r.prefix().startsWith("-")) {
                    return List.of(Suggestion.word("--cast"));
                }
                return FileNames.complete(r.prefix());
            }
            return List.of();
        };
    }

    /** The recordings 'replay NAME' finds for this lab's scenario: its plugin's first, then mpsh's. */
    private static List<Suggestion> shippedRecordings(dev.mpsh.api.Scenario scenario) {
        java.util.Map<String, Suggestion> out = new java.util.LinkedHashMap<>();
        for (Path dir : Trust.searchPath(scenario == null ? null : scenario.id())) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".t")).sorted()
                        .forEach(n -> out.putIfAbsent(n, Suggestion.word(n.substring(0, n.length() - 2), "shipped recording",
                                dir.getFileName().toString())));
            } catch (IOException e) {
                // an unreadable directory offers nothing
            }
        }
        return List.copyOf(out.values());
    }
}
