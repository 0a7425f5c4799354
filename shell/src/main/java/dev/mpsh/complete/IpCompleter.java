package dev.mpsh.complete;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first levels of iproute2's {@code ip}: objects (addr, link, route, rule, neigh, mptcp…),
 * their verbs, then the keywords of each verb with values where the lab knows them: interfaces of
 * the target namespace after {@code dev}, lab addresses after {@code via}/{@code from}/{@code to}.
 * Words may be abbreviated as ip allows ({@code ip mp e s}). {@code -n NS} (or {@code -netns NS})
 * completes the namespaces and makes NS the target; {@code ip netns exec NS CMD …} completes
 * CMD as a command run in NS.
 */
public final class IpCompleter implements ArgumentCompleter {
    /** Object and verb levels; a leaf's list holds the keywords offered after it. */
    private static final Map<String, List<String>> TREE = new LinkedHashMap<>();
    /** Keywords whose next word is a value. */
    private static final Set<String> TAKES_VALUE = Set.of("dev", "via", "from", "to", "src", "table", "lookup",
            "port", "id", "priority", "metric", "mtu", "subflow", "add_addr_accepted", "scope");
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("-n", "-netns", "-f", "-family");
    private static final Set<String> NETNS_OPTIONS = Set.of("-n", "-netns");
    /** Marks where a leaf takes addresses or interfaces as a plain argument. */
    private static final String ADDRESS = "<address>";
    private static final String INTERFACE = "<interface>";

    static {
        level("", "address", "link", "route", "rule", "neighbour", "mptcp", "netns", "monitor");
        level("address", "show", "add", "del", "flush");
        level("link", "show", "set", "add", "del");
        level("route", "show", "get", "add", "del", "replace", "flush");
        level("rule", "show", "add", "del", "flush");
        level("neighbour", "show", "flush");
        level("mptcp", "endpoint", "limits", "monitor");
        level("mptcp endpoint", "show", "add", "del", "change", "flush");
        level("mptcp limits", "show", "set");
        level("netns", "list", "identify", "exec");
        leaf("address show", "dev", INTERFACE);
        leaf("address add", ADDRESS, "dev");
        leaf("address del", ADDRESS, "dev");
        leaf("address flush", "dev", INTERFACE);
        leaf("link show", "dev", INTERFACE);
        leaf("link set", "dev", INTERFACE, "up", "down", "mtu");
        leaf("link del", "dev", INTERFACE);
        leaf("route show", "table", "dev");
        leaf("route get", ADDRESS, "from", "dev");
        leaf("route add", "default", ADDRESS, "via", "dev", "metric", "table", "src");
        leaf("route del", "default", ADDRESS, "via", "dev", "metric", "table");
        leaf("route replace", "default", ADDRESS, "via", "dev", "metric", "table", "src");
        leaf("rule add", "from", "to", "table", "lookup", "priority");
        leaf("rule del", "from", "to", "table", "lookup", "priority");
        leaf("neighbour show", "dev");
        leaf("mptcp endpoint add", ADDRESS, "dev", "port", "id", "subflow", "signal", "backup", "fullmesh");
        leaf("mptcp endpoint change", "id", "backup", "nobackup", "fullmesh", "nofullmesh");
        leaf("mptcp endpoint del", "id");
        leaf("mptcp limits set", "subflow", "add_addr_accepted");
    }

    private static void level(String path, String... children) {
        TREE.put(path, List.of(children));
    }

    private static void leaf(String path, String... keywords) {
        TREE.put(path + " ", List.of(keywords));
    }

    @Override
    public List<Suggestion> complete(CompletionRequest r) {
        if (NETNS_OPTIONS.contains(r.previous())) {
            return words(r.view().netnsNames());
        }
        List<String> args = r.words().subList(1, r.words().size());
        String path = "";
        int i = 0;
        for (; i < args.size(); i++) {
            String w = args.get(i);
            if (w.startsWith("-")) {
                if (GLOBAL_OPTIONS_WITH_VALUE.contains(w)) {
                    i++;
                    if (NETNS_OPTIONS.contains(w) && i < args.size()) {
                        // 'ip -n NS …' runs in NS: its interfaces complete after 'dev'
                        r = r.in(r.view().fromNetns(args.get(i)));
                    }
                }
                continue;
            }
            if (path.equals("netns") && w.equals("exec")) {
                // 'ip netns exec NS CMD …': NS, then CMD completes as a command run in NS
                if (i + 1 >= args.size()) {
                    return words(r.view().netnsNames());
                }
                List<String> rest = args.subList(i + 2, args.size());
                String ns = r.view().fromNetns(args.get(i + 1));
                return rest.isEmpty() ? ShellCompleter.programs() : r.shell().complete(rest, r.prefix(), ns);
            }
            List<String> children = TREE.get(path);
            if (children == null) {
                break;
            }
            String next = resolve(children, w);
            if (next == null) {
                return List.of();
            }
            path = path.isEmpty() ? next : path + " " + next;
            if (!TREE.containsKey(path)) {
                break;
            }
        }
        if (TREE.containsKey(path) && i >= args.size()) {
            if (r.prefix().startsWith("-") && path.isEmpty()) {
                return words(List.of("-br", "-j", "-d", "-s", "-4", "-6", "-n"));
            }
            return words(TREE.get(path));
        }
        // Past the verb: keywords, or a value for the keyword just typed.
        String prev = r.previous();
        if (prev.equals("dev")) {
            return words(r.interfaces());
        }
        if (Set.of("via", "from", "to", "src").contains(prev)) {
            return words(r.view().addresses());
        }
        if (Set.of("table", "lookup").contains(prev)) {
            return words(List.of("main", "local", "101", "102"));
        }
        if (TAKES_VALUE.contains(prev) || GLOBAL_OPTIONS_WITH_VALUE.contains(prev)) {
            return List.of();
        }
        List<String> keywords = TREE.getOrDefault(path + " ", List.of());
        List<Suggestion> out = new ArrayList<>();
        for (String k : keywords) {
            if (k.equals(ADDRESS)) {
                r.view().addresses().forEach(a -> out.add(Suggestion.word(a)));
            } else if (k.equals(INTERFACE)) {
                r.interfaces().forEach(n -> out.add(Suggestion.word(n)));
            } else {
                out.add(Suggestion.word(k));
            }
        }
        return out;
    }

    /** The child a typed word stands for: exact, else the first one it abbreviates (as ip does). */
    private static String resolve(List<String> children, String word) {
        if (word.isEmpty()) {
            return null;
        }
        for (String c : children) {
            if (c.equals(word)) {
                return c;
            }
        }
        if (word.equals("addr")) {
            return children.contains("address") ? "address" : null;
        }
        for (String c : children) {
            if (c.startsWith(word)) {
                return c;
            }
        }
        return null;
    }

    private static List<Suggestion> words(List<String> values) {
        return values.stream().map(Suggestion::word).toList();
    }
}
