package dev.mpsh.lab;

import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Namespaces;
import dev.mpsh.linux.Interfaces;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The session's view of its lab's namespaces, for commands, prompts and completion. */
public final class LabNamespaces implements Namespaces {
    private static final Pattern IPV4 = Pattern.compile("\\b(\\d{1,3}(\\.\\d{1,3}){3})(/\\d+)?\\b");

    private final LabLayout layout;
    private final ScenarioSource scenario;

    public LabNamespaces(LabLayout layout, ScenarioSource scenario) {
        this.layout = layout;
        this.scenario = scenario;
    }

    /** Where the lab's scenario comes from. */
    public ScenarioSource source() {
        return scenario;
    }

    @Override
    public Scenario scenario() {
        return scenario.orNull();
    }

    /**
     * A lab that is up has its namespaces' names in its journal, as its scenario gave them: reading
     * them there spares a statement such as 'lab down' loading every plugin to learn them.
     */
    @Override
    public List<String> names() {
        try {
            StateJournal.State state = new StateJournal(layout.stateFile()).read();
            if (state != null && state.complete()) {
                return state.namespaces().stream().map(StateJournal.Netns::name).toList();
            }
        } catch (IOException e) {
            // an unreadable journal: the scenario says
        }
        Scenario sc = scenario.orNull();
        return sc == null ? List.of() : sc.namespaces();
    }

    @Override
    public String netnsName(String name) {
        return layout.netnsName(name);
    }

    @Override
    public boolean labUp() {
        try {
            StateJournal.State state = new StateJournal(layout.stateFile()).read();
            return state != null && state.complete()
                    && state.namespaces().stream().allMatch(n -> Files.exists(LabLayout.netnsPath(n.netns())));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> interfaces(String name) {
        if (!names().contains(name) || !labUp()) {
            return List.of();
        }
        try {
            return Interfaces.list(netnsName(name)).stream().map(Interfaces.Iface::name).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // completion must never break the prompt
        }
    }

    /** Every IPv4 address the scenario's commands mention, without prefix lengths, sorted. */
    @Override
    public List<String> addresses() {
        Scenario sc = scenario.orNull();
        if (sc == null) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        List<NsCommand> all = new java.util.ArrayList<>(sc.setup());
        sc.fixes().forEach(f -> all.addAll(f.apply()));
        for (NsCommand c : all) {
            for (String w : c.words()) {
                Matcher m = IPV4.matcher(w);
                while (m.find()) {
                    if (!m.group(1).startsWith("0.")) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
