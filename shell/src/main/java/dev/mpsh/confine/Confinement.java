package dev.mpsh.confine;

import dev.mpsh.command.Command;
import dev.mpsh.command.Namespaces;
import dev.mpsh.command.Session;
import dev.mpsh.command.StatementGuard;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.ns.NsCommand;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The guard of a shell started with {@code --confine} for one lab: it refuses, one line each,
 * what would switch labs, enter or run in another lab's namespaces or the host's, or act on other
 * labs; everything inside the lab's own namespaces runs as usual. See docs/class.md for what
 * this is and is not.
 */
public final class Confinement implements StatementGuard {
    /** mpsh commands that act on the host's namespace or on other labs, and why each is refused. */
    private static final java.util.Map<String, String> REFUSED_COMMANDS = java.util.Map.of(
            "sh", "'sh' runs in the host's namespace",
            "class", "'class' acts on every lab of the class; the instructor runs it from an unconfined shell");

    private final String lab;
    private final Predicate<String> onHost;

    /** @param onHost whether a word names a namespace in /run/netns */
    Confinement(String lab, Predicate<String> onHost) {
        this.lab = lab;
        this.onHost = onHost;
    }

    /** The guard of a shell on lab, reading /run/netns for the host's other namespaces. */
    public static Confinement of(String lab) {
        return new Confinement(lab, Confinement::namedNamespace);
    }

    private static boolean namedNamespace(String word) {
        if (word.isEmpty() || word.contains("/") || word.equals(".") || word.equals("..") || word.length() > 255) {
            return false;
        }
        return Files.exists(LabLayout.netnsPath(word));
    }

    public String lab() {
        return lab;
    }

    @Override
    public String refusal(Command command, List<String> words, boolean passthrough, Session session) {
        String why = why(command, words, passthrough, session);
        return why == null ? null : "refused: this shell is confined to lab '" + lab + "': " + why;
    }

    private String why(Command command, List<String> words, boolean passthrough, Session session) {
        if (!session.labName().equals(lab)) {
            return "this session drives lab '" + session.labName() + "'"; // e.g. a replay told another --lab
        }
        Namespaces ns = session.namespaces();
        List<String> names = ns == null ? List.of() : ns.names();
        LabLayout layout = LabLayout.of(lab);
        Set<String> own = new LinkedHashSet<>();
        names.forEach(n -> own.add(layout.netnsName(n)));
        if (passthrough) {
            List<String> program = words;
            String where = session.namespace();
            if (names.contains(words.get(0))) {
                where = words.get(0);
                program = words.subList(1, words.size());
            }
            if (where == null) {
                return "programs run only in the lab's namespaces, not the host's; enter one first, e.g. 'ns "
                        + (names.isEmpty() ? "NAME" : names.get(0)) + "'";
            }
            return new ProgramLine(own, w -> !names.contains(w) && onHost.test(w)).refusal(program);
        }
        List<String> args = words.subList(1, words.size());
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lab") || a.startsWith("--lab=")) {
                return "'--lab' switches labs; this shell stays on lab '" + lab + "'";
            }
            if (a.equals("--host") || a.equals("-host")) {
                return "'" + a + "' is the host's namespace";
            }
            if ((a.equals("--netns") || a.equals("-netns")) && i + 1 < args.size() && !own.contains(args.get(i + 1))) {
                return "'" + a + " " + args.get(i + 1) + "' is not one of this lab's namespaces (" + String.join(", ", own) + ")";
            }
        }
        String refused = REFUSED_COMMANDS.get(command.name());
        if (refused != null) {
            return refused;
        }
        if (command.name().equals("ns") && args.size() == 1) {
            String target = args.get(0);
            if (target.equals(NsCommand.HOST)) {
                return "'ns host' leaves the lab for the host's namespace";
            }
            if (target.equals("-")) {
                String back = session.previousNamespace();
                return session.hasPreviousNamespace() && back == null ? "'ns -' would go back to the host's namespace" : null;
            }
            if (!names.contains(target)) {
                return "'" + target + "' is not one of this lab's namespaces (" + String.join(", ", names) + ")";
            }
        }
        return null;
    }
}
