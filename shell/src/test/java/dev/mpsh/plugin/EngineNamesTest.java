package dev.mpsh.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Probe;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioPlugins;
import dev.mpsh.command.Command;
import dev.mpsh.testing.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is generic and the scenario is content: no file of shell/src/main (code, comments,
 * help texts) names the handover scenario's addresses, interfaces, namespaces or servers. The
 * list of names comes from handover.scenario itself, so it follows the scenario.
 */
class EngineNamesTest {
    private static final Pattern IPV4 = Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");
    /** Words after which a scenario command names an interface. */
    private static final Set<String> BEFORE_IFACE = Set.of("dev", "name", "device");
    private static Scenario handover;

    @BeforeAll
    static void load() throws Exception {
        handover = ScenarioPlugins.byId("handover", EngineNamesTest.class.getClassLoader()).orElseThrow().scenario();
    }

    /** Every address the scenario's commands, probes and check mention (0.0.0.0, "any", is no name). */
    static Set<String> addresses() {
        Set<String> out = new TreeSet<>();
        for (String w : words()) {
            Matcher m = IPV4.matcher(w);
            while (m.find()) {
                out.add(m.group());
            }
        }
        handover.fixes().forEach(f -> f.probes().forEach(p -> {
            Matcher m = IPV4.matcher(p.describe());
            while (m.find()) {
                out.add(m.group());
            }
        }));
        out.add(handover.check().address());
        out.remove("0.0.0.0");
        return out;
    }

    /** Namespaces, servers and interfaces; lo is every namespace's and names nothing of the scenario. */
    static Set<String> names() {
        Set<String> out = new TreeSet<>(handover.namespaces());
        handover.servers().forEach(s -> out.add(s.name()));
        for (NsCommand c : commands()) {
            List<String> w = c.words();
            if (w.size() > 3 && w.get(0).equals("ip") && w.get(1).equals("link") && Set.of("add", "set").contains(w.get(2))) {
                out.add(w.get(3));
            }
            for (int i = 0; i + 1 < w.size(); i++) {
                if (BEFORE_IFACE.contains(w.get(i)) && w.get(i + 1).matches("[A-Za-z][A-Za-z0-9_.-]*")
                        && !Set.of("type", "lo", "up", "default", "table", "netdev", "rule", "chain").contains(w.get(i + 1))) {
                    out.add(w.get(i + 1));
                }
            }
            for (String word : w) {
                Matcher m = Pattern.compile("device (\\S+)").matcher(word);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        handover.fixes().forEach(f -> f.probes().forEach(p -> {
            if (p instanceof Probe.Address a && !a.device().equals("lo")) {
                out.add(a.device());
            }
            if (p instanceof Probe.Endpoint e && e.device() != null) {
                out.add(e.device());
            }
        }));
        out.addAll(handover.check().criteria().stream().flatMap(c -> c.args().stream()).toList());
        out.remove("lo");
        return out;
    }

    private static List<NsCommand> commands() {
        List<NsCommand> all = new ArrayList<>(handover.setup());
        handover.fixes().forEach(f -> {
            all.addAll(f.apply());
            all.addAll(f.revert());
        });
        return all;
    }

    private static List<String> words() {
        return commands().stream().flatMap(c -> c.words().stream()).toList();
    }

    @Test
    void theListIsTakenFromTheScenarioAndHoldsItsDistinctiveNames() {
        assertTrue(addresses().containsAll(List.of("10.0.83.1", "10.0.81.10", "10.0.84.12", "10.0.80.2")), addresses().toString());
        assertTrue(names().containsAll(List.of("app-1", "LB", "Router", "switch", "eth1", "veth-rt-wifi", "veth-lb-br", "br0")),
                names().toString());
    }

    @Test
    void engineSourcesNameNothingOfTheHandoverScenario() throws IOException {
        Set<String> commandNames = new TreeSet<>();
        for (Command c : Commands.all().commands()) {
            commandNames.add(c.name());
            commandNames.addAll(c.aliases());
        }
        List<Pattern> forbidden = new ArrayList<>();
        for (String a : addresses()) {
            forbidden.add(Pattern.compile("(?<![\\d.])" + Pattern.quote(a) + "(?![\\d])"));
        }
        for (String n : names()) {
            if (commandNames.contains(n)) {
                continue; // 'client' is a command of mpsh as well as the handover's namespace
            }
            // a plain lower-case word (switch) counts only as a string literal, not as Java's keyword
            forbidden.add(n.matches("[a-z]+") ? Pattern.compile("\"" + Pattern.quote(n) + "\"")
                    : Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(n) + "(?![A-Za-z0-9_-])"));
        }
        List<String> hits = new ArrayList<>();
        Path main = Run.home().resolve("shell/src/main");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : forbidden) {
                        Matcher m = p.matcher(lines.get(i));
                        if (m.find()) {
                            hits.add(main.relativize(f) + ":" + (i + 1) + ": " + m.group() + "  | " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals("", String.join("\n", hits), "engine code names the handover scenario; take it from the scenario instead");
    }
}
