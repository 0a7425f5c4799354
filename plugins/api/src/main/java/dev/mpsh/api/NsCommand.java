package dev.mpsh.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as an engineer types it inside one namespace, e.g. {@code ip addr add 10.0.84.11/24
 * dev veth-app1} in app-1. The engine decides how to run it there ({@code ip -n NS ...},
 * {@code ip netns exec NS ...}). Words may name other namespaces as {@code {ns:NAME}}, which the
 * engine expands to the real (lab-prefixed) namespace name.
 *
 * @param namespace the scenario's name of the namespace it runs in
 * @param words     the program and its arguments; {@code words.get(0)} is one of {@link #PROGRAMS}
 * @param line      the scenario file line it came from, for error messages
 */
public record NsCommand(String namespace, List<String> words, int line) {

    /** The programs a scenario may run: the tools an engineer uses to build a network. */
    public static final List<String> PROGRAMS = List.of("ip", "sysctl", "nft", "tc", "bridge");

    /** {@code {ns:NAME}} inside a word. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{ns:([^{}]+)}");

    /**
     * {@code {endpoint-id:ADDR}} or {@code {endpoint-id:ADDR:PORT}} as a whole word (IPv4): the id
     * of that MPTCP endpoint in the command's namespace, looked up when the command runs, so a
     * revert deletes exactly the endpoint its apply added ({@code ip mptcp endpoint delete id N}).
     */
    public static final Pattern ENDPOINT_ID =
            Pattern.compile("\\{endpoint-id:(\\d{1,3}(?:\\.\\d{1,3}){3})(?::(\\d{1,5}))?}");

    public NsCommand {
        words = List.copyOf(words);
    }

    /** Whether a word of this command is an {@link #ENDPOINT_ID} to look up when it runs. */
    public boolean looksUpEndpoints() {
        return words.stream().anyMatch(w -> ENDPOINT_ID.matcher(w).matches());
    }

    public String program() {
        return words.get(0);
    }

    /** The words with every {@code {ns:NAME}} replaced by {@code netnsName.apply(NAME)}. */
    public List<String> expand(UnaryOperator<String> netnsName) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            Matcher m = PLACEHOLDER.matcher(w);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(netnsName.apply(m.group(1))));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }

    /** The scenario namespace names this command's placeholders refer to. */
    public List<String> referencedNamespaces() {
        List<String> names = new ArrayList<>();
        for (String w : words) {
            Matcher m = PLACEHOLDER.matcher(w);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
