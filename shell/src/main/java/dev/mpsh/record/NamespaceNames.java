package dev.mpsh.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab's names for its namespaces in output. The default lab calls a scenario namespace {@code web}
 * plain {@code web}, lab {@code demo} calls it {@code demo-web}; a transcript writes
 * {@code {ns:web}} so that it replays on either (see docs/recordings.md).
 *
 * <p>Recording turns a lab's real names back into placeholders ({@link #generalize}). On a named
 * lab every {@code LAB-NAME} is one. On the default lab a real name reads the same as the
 * scenario's name that tables and narration use, so only the spots where a command takes a
 * namespace become placeholders: {@code ip -n NAME}, {@code ip netns exec NAME},
 * {@code /run/netns/NAME}, {@code nsenter … --net=…NAME}.
 */
public final class NamespaceNames {
    /** The default lab: every scenario name is its own real name. */
    public static final NamespaceNames DEFAULT = new NamespaceNames(null, List.of());

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][-A-Za-z0-9_.]*");
    private static final String END = "(?![-A-Za-z0-9_.])";

    private final String lab;
    private final List<String> names;
    private final Pattern real;

    private NamespaceNames(String lab, List<String> names) {
        this.lab = lab;
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // web-10 before web-1
        this.names = List.copyOf(sorted);
        this.real = sorted.isEmpty() ? null : Pattern.compile(lab == null
                ? "(?<=(?:\\bip -n |\\bip -netns |\\bnetns exec |/run/netns/))(" + alternatives(sorted) + ")" + END
                : "(?<![-A-Za-z0-9_.])" + Pattern.quote(lab + "-") + "(" + alternatives(sorted) + ")" + END);
    }

    /**
     * @param lab the lab's name; null for the default lab
     * @param names the scenario's namespace names
     */
    public static NamespaceNames of(String lab, List<String> names) {
        return new NamespaceNames(lab, names);
    }

    /** The names of the lab a session works on. */
    public static NamespaceNames of(dev.mpsh.command.Session session) {
        dev.mpsh.command.Namespaces ns = session.namespaces();
        List<String> names = ns == null ? List.of() : ns.names();
        return of(dev.mpsh.command.Session.DEFAULT_LAB.equals(session.labName()) ? null : session.labName(), names);
    }

    /** Whether {@code name} can stand in a {@code {ns:NAME}} placeholder. */
    static boolean validName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The lab's real name for the scenario's namespace {@code name}. */
    public String resolve(String name) {
        return lab == null ? name : lab + "-" + name;
    }

    /** {@code line} with this lab's real namespace names written as {@code {ns:NAME}}. */
    public String generalize(String line) {
        if (real == null) {
            return line;
        }
        Matcher m = real.matcher(line);
        return m.find() ? m.replaceAll(r -> Matcher.quoteReplacement("{ns:" + r.group(1) + "}")) : line;
    }

    private static String alternatives(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            sb.append(sb.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return lab == null ? "default lab" : "lab " + lab;
    }
}
