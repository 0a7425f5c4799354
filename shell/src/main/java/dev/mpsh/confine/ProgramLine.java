package dev.mpsh.confine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The confinement rules for a real command line (what passthrough runs): it is refused when it
 * names a network namespace that is not the lab's own ({@code ip netns exec X}, {@code ip -n X},
 * {@code ip link set DEV netns X}, {@code /run/netns/X}, {@code /proc/PID/ns/…}, or any word that
 * is the name of another namespace on the host), or starts a program that could leave the
 * namespace or the guard (nsenter, unshare, a shell, an interpreter, sudo, mpsh itself).
 * Words are also split at spaces and shell operators, so {@code watch 'ip -n X addr'} and
 * {@code bash -c '…'} strings are read too.
 *
 * @param own     the lab's own /run/netns names (e.g. t07-client)
 * @param foreign whether a word is the name of a namespace on the host that is not the lab's
 */
public record ProgramLine(Set<String> own, Predicate<String> foreign) {

    /** Programs refused wherever they are run: each opens a way around the guard. */
    static final Set<String> REFUSED_PROGRAMS = Set.of(
            "nsenter", "unshare", "chroot", "mpsh", "sudo", "su", "doas", "runuser", "setpriv", "pkexec",
            "sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "fish", "csh", "tcsh", "busybox",
            "python", "python3", "perl", "ruby", "node", "lua", "tclsh", "expect", "script", "ssh",
            "systemd-run", "machinectl", "screen", "tmux", "gdb");
    /** Programs that run the command after their own options: the word after them is a command too. */
    private static final Set<String> WRAPPERS = Set.of(
            "env", "nice", "ionice", "nohup", "timeout", "time", "stdbuf", "setsid", "xargs", "watch", "exec",
            "command", "builtin", "chrt", "taskset", "flock", "strace", "ltrace", "unbuffer");
    /** iproute2 programs whose {@code -n NAME} option runs them in another namespace. */
    private static final Set<String> IPROUTE = Set.of("ip", "tc", "bridge", "devlink", "rdma", "dcb");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s;|&()<>`$'\"{}]+");
    private static final Pattern OPERATOR = Pattern.compile("(?s).*[;|&()`$].*");
    private static final Pattern RUN_NETNS = Pattern.compile("/run/netns/([^/\\s]+)");
    private static final Pattern PROC_NS = Pattern.compile("/proc/[^/\\s]+/(task/[^/\\s]+/)?ns(/|$)");

    /** Why the words may not run in a confined shell, or null when they may. */
    public String refusal(List<String> words) {
        List<String> tokens = new ArrayList<>();
        Set<Integer> commandAt = new java.util.HashSet<>(Set.of(0));
        for (String w : words) {
            // Inside one word (a quoted string) with shell operators, any part may be a command.
            boolean operators = OPERATOR.matcher(w).matches();
            if (operators && SEPARATORS.matcher(w).matches()) {
                commandAt.add(tokens.size()); // '|', '&&' as words of their own: a command follows
                continue;
            }
            for (String t : SEPARATORS.split(w)) {
                if (!t.isEmpty()) {
                    if (operators) {
                        commandAt.add(tokens.size());
                    }
                    tokens.add(t);
                }
            }
        }
        boolean wrapped = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String base = t.substring(t.lastIndexOf('/') + 1);
            String why = path(t);
            if (why == null && (t.equals("--lab") || t.startsWith("--lab="))) {
                why = "'--lab': this shell stays on its own lab";
            }
            // After a wrapper (timeout 5 CMD, env A=1 CMD) any later word may be the command it runs.
            if (why == null && (wrapped || commandAt.contains(i))) {
                if (REFUSED_PROGRAMS.contains(base)) {
                    why = "'" + base + "': it could run commands beyond this lab's namespaces, where this shell cannot follow them";
                }
                wrapped |= WRAPPERS.contains(base);
            }
            if (why == null && IPROUTE.contains(base)) {
                why = iproute(tokens, i, commandAt);
            }
            if (why == null && (t.equals("netns") || t.equals("link-netns")) && i + 1 < tokens.size()
                    && !insideIpNetns(tokens, i) && !own.contains(tokens.get(i + 1))) {
                why = "'" + t + " " + tokens.get(i + 1) + "' names namespace " + tokens.get(i + 1) + ", which is not this lab's";
            }
            if (why == null) {
                why = option(t);
            }
            if (why == null && !own.contains(t) && foreign.test(t)) {
                why = "'" + t + "' is another namespace on this host, not this lab's";
            }
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** 'ip netns exec NAME' is read by {@link #iproute}; its 'netns' is not 'link set DEV netns NAME'. */
    private static boolean insideIpNetns(List<String> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (IPROUTE.contains(tokens.get(k).substring(tokens.get(k).lastIndexOf('/') + 1))) {
                return true;
            }
            if (!tokens.get(k).startsWith("-")) {
                return false;
            }
        }
        return false;
    }

    private String path(String t) {
        Matcher m = RUN_NETNS.matcher(t);
        while (m.find()) {
            if (!own.contains(m.group(1))) {
                return "'" + t + "' names namespace " + m.group(1) + ", which is not this lab's";
            }
        }
        if (PROC_NS.matcher(t).find()) {
            return "'" + t + "': a process's namespaces may be another lab's or the host's";
        }
        return null;
    }

    /** {@code --net=X}, {@code --netns=X}, {@code -netns=X} (ss, nsenter and others). */
    private String option(String t) {
        for (String o : List.of("--net=", "--netns=", "-netns=", "--network=")) {
            if (t.startsWith(o)) {
                String target = t.substring(o.length());
                if (!own.contains(target) && !target.isEmpty()) {
                    return "'" + t + "' names namespace " + target + ", which is not this lab's";
                }
            }
        }
        return null;
    }

    /**
     * {@code ip [-n X | -netns X | -all] OBJECT …}, and {@code ip netns SUB NAME}: the namespace
     * named must be the lab's own; {@code -all} means every namespace on the host.
     */
    private String iproute(List<String> tokens, int at, Set<Integer> commandAt) {
        int i = at + 1;
        boolean all = false;
        for (; i < tokens.size() && tokens.get(i).startsWith("-"); i++) {
            String o = tokens.get(i);
            if (o.equals("-n") || o.equals("-netns") || o.equals("--netns")) {
                String target = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
                if (!own.contains(target)) {
                    return "'" + tokens.get(at) + " " + o + " " + target + "' runs in namespace " + target + ", which is not this lab's";
                }
                i++;
            } else if (o.equals("-a") || o.equals("-all") || o.equals("--all")) {
                all = true;
            } else if (o.equals("-b") || o.equals("-batch") || o.equals("--batch")) {
                return "'" + tokens.get(at) + " " + o + "': a batch file's commands are beyond what this shell can read";
            }
        }
        if (i >= tokens.size() || !isNetnsObject(tokens.get(at), tokens.get(i))) {
            return null;
        }
        String sub = i + 1 < tokens.size() ? tokens.get(i + 1) : "list";
        if (List.of("list", "list-id", "show", "monitor", "identify").stream().anyMatch(w -> w.startsWith(sub))) {
            return null;
        }
        if (all) {
            return "'ip -all netns': it reaches every namespace on the host";
        }
        String target = i + 2 < tokens.size() ? tokens.get(i + 2) : "";
        if (target.equals("-a") || target.equals("-all") || !own.contains(target)) {
            return "'ip netns " + sub + " " + target + "' names namespace " + target + ", which is not this lab's";
        }
        if ("exec".startsWith(sub)) {
            commandAt.add(i + 3); // what 'ip netns exec NAME' runs is a command of its own
        }
        return null;
    }

    /** ip takes any abbreviation its objects' table resolves to netns: net, netn, netns. */
    private static boolean isNetnsObject(String program, String word) {
        return program.endsWith("ip") && word.length() >= 3 && "netns".startsWith(word);
    }
}
