package dev.mpsh.man;

import dev.mpsh.api.Scenario;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * mpsh(1): the launcher's usage text (synopsis, description, options) and every command's help
 * text, grouped and ordered as {@code help} lists them. Nothing here restates a command: a
 * command's section is its summary and its help text as {@code help NAME} prints it.
 */
public final class ShellManPage {
    private ShellManPage() {
    }

    /**
     * @param usage    the text of {@code mpsh --help}: a block of usage lines, then blocks of
     *                 prose (the description) and indented blocks (options)
     * @param scenario the scenario whose names the commands' examples use (the built-in one)
     */
    public static String render(String version, String usage, CommandRegistry registry, Scenario scenario) {
        Troff t = new Troff("MPSH", 1, "mpsh " + version, "User Commands");
        t.section("NAME").raw("mpsh \\- a shell for troubleshooting Multipath TCP on a real lab of network namespaces");
        List<List<String>> blocks = blocks(usage);
        t.section("SYNOPSIS").raw(".nf");
        for (String line : blocks.get(0)) {
            t.raw(synopsisLine(line));
        }
        t.raw(".fi");
        t.section("DESCRIPTION");
        List<List<String>> options = new ArrayList<>();
        for (List<String> block : blocks.subList(1, blocks.size())) {
            if (block.get(0).startsWith(" ")) {
                options.add(block);
            } else {
                t.paragraph(Troff.escape(String.join(" ", block)));
            }
        }
        t.paragraph(Troff.escape("The shell's commands follow, grouped as 'help' lists them; each one's "
                + "text is what 'help COMMAND' and 'COMMAND --help' print. Any other line runs as a program in "
                + "the current namespace, and 'NAME CMD' runs CMD in namespace NAME."));
        if (!options.isEmpty()) {
            t.section("OPTIONS");
            for (List<String> block : options) {
                for (String[] option : options(block)) {
                    t.tagged(Troff.bold(option[0]), Troff.escape(option[1]));
                }
            }
        }
        t.section("COMMANDS");
        for (Map.Entry<String, Map<String, Command>> group : groups(registry).entrySet()) {
            t.raw(".SS " + Troff.escape(group.getKey()) + " commands");
            for (Command c : group.getValue().values()) {
                String title = c.name() + (c.aliases().isEmpty() ? "" : " (also " + String.join(", ", c.aliases()) + ")");
                t.raw(".TP").raw(Troff.bold(title)).raw(Troff.escape(c.summary()));
                t.verbatim(c.help(scenario).stripTrailing().lines().toList(), 7);
            }
        }
        t.section("FILES");
        t.tagged(Troff.bold("/run/mpsh/labs/LAB.state"), Troff.escape(
                "what lab LAB created (namespaces, servers), written before or as it is created; 'lab down' removes exactly that."));
        t.tagged(Troff.bold("/usr/lib/mpsh/plugins/"), Troff.escape(
                "the scenario plugins installed with mpsh (plugins/ of the install; shell/target/plugins in a checkout)."));
        t.tagged(Troff.bold("~/.config/mpsh/plugins/"), Troff.escape(
                "your own scenario plugins ($XDG_CONFIG_HOME/mpsh/plugins; under sudo, the invoking user's)."));
        t.tagged(Troff.bold("/usr/lib/mpsh/recordings/"), Troff.escape(
                "the shipped transcripts, replayed by bare name (mpsh replay help); see mpsh-transcript(5)."));
        t.tagged(Troff.bold("~/.local/state/mpsh/history"), Troff.escape("the shell's history ($XDG_STATE_HOME/mpsh/history)."));
        t.tagged(Troff.bold("/etc/mpsh/lab-NAME.env"), Troff.escape(
                "MPSH_SCENARIO=... for the systemd unit mpsh-lab@NAME.service, which brings lab NAME up broken at "
                        + "'systemctl start mpsh-lab@NAME' and down at 'systemctl stop mpsh-lab@NAME'."));
        t.section("ENVIRONMENT");
        t.tagged(Troff.bold("NO_COLOR"), Troff.escape("when set, output has no colour (it has none when not on a terminal either)."));
        t.tagged(Troff.bold("XDG_CONFIG_HOME, XDG_STATE_HOME"), Troff.escape("where your plugins and the history are."));
        t.section("EXIT STATUS");
        t.paragraph(Troff.escape("With -c or a script file, the status of the first command that failed, else 0: "
                + "1 for a command that ran and found a fault (e.g. 'check' on a broken lab), 2 for a usage error. "
                + "Each command's help text says its own statuses."));
        t.section("SEE ALSO");
        t.raw(Troff.bold("mpsh-transcript") + "(5), " + Troff.bold("ip") + "(8), " + Troff.bold("ip-mptcp") + "(8), "
                + Troff.bold("nft") + "(8), " + Troff.bold("systemctl") + "(1)");
        return t.toString();
    }

    /** The command's groups in the order {@code help} shows them, each sorted by name. */
    static Map<String, Map<String, Command>> groups(CommandRegistry registry) {
        Map<String, Map<String, Command>> groups = new LinkedHashMap<>();
        for (Command c : registry.commands()) {
            groups.computeIfAbsent(c.group(), g -> new TreeMap<>()).put(c.name(), c);
        }
        return groups;
    }

    /** Text split at blank lines. */
    static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.stripTrailing().split("\n")) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line.stripTrailing());
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** {@code usage: mpsh [--lab NAME] ...} as a synopsis line: the program name bold. */
    private static String synopsisLine(String line) {
        String s = line.strip();
        if (s.startsWith("usage: ")) {
            s = s.substring("usage: ".length());
        }
        if (s.startsWith("mpsh ")) {
            return Troff.bold("mpsh") + " " + Troff.escape(s.substring(5));
        }
        return Troff.escape(s);
    }

    /**
     * An indented option list as (option, text) pairs: an option line starts two spaces in, and
     * its text follows after a run of two or more spaces or on the lines indented deeper.
     */
    static List<String[]> options(List<String> block) {
        List<String[]> options = new ArrayList<>();
        String tag = null;
        StringBuilder text = new StringBuilder();
        for (String line : block) {
            boolean starts = line.startsWith("  ") && !line.startsWith("   ");
            if (starts) {
                if (tag != null) {
                    options.add(new String[] {tag, text.toString().strip()});
                }
                String rest = line.strip();
                int gap = rest.indexOf("  ");
                tag = gap < 0 ? rest : rest.substring(0, gap);
                text = new StringBuilder(gap < 0 ? "" : rest.substring(gap).strip());
            } else {
                text.append(' ').append(line.strip());
            }
        }
        if (tag != null) {
            options.add(new String[] {tag, text.toString().strip()});
        }
        return options;
    }
}
