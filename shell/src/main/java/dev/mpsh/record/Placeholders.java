package dev.mpsh.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named holes for volatile output, written inline in an expected line: {@code sport={port}},
 * {@code token={token}}. Only these names are placeholders; other braces are literal text.
 * {@code {ns:NAME}} is the lab's own name for the scenario's namespace NAME ({@link NamespaceNames}).
 */
public final class Placeholders {
    /** Name to regular expression; the table in docs/recordings.md lists the same. */
    public static final Map<String, String> PATTERNS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("n", "-?\\d+");
        m.put("port", "\\d{1,5}");
        m.put("token", "[0-9a-f]{1,8}|\\d{1,10}");
        m.put("hex", "(?:0x)?[0-9a-fA-F]+");
        m.put("ip", "\\d{1,3}(?:\\.\\d{1,3}){3}");
        m.put("dur", "\\d+(?:\\.\\d+)? ?(?:ns|us|µs|ms|s|min|h)");
        m.put("word", "\\S+");
        m.put("*", ".*");
        PATTERNS = Map.copyOf(m);
    }

    private static final Pattern HOLE =
            Pattern.compile("\\{(n|port|token|hex|ip|dur|word|\\*|ns:[A-Za-z0-9][-A-Za-z0-9_.]*)\\}");

    private Placeholders() {
    }

    public static boolean contains(String text) {
        return HOLE.matcher(text).find();
    }

    /**
     * A regular expression for {@code text} with its placeholders opened up; the rest goes
     * through {@code literal}, which turns plain text into regex (quoting, or glob translation).
     */
    public static String toRegex(String text, java.util.function.UnaryOperator<String> literal) {
        return toRegex(text, literal, NamespaceNames.DEFAULT);
    }

    /** As {@link #toRegex(String, java.util.function.UnaryOperator)}, {@code {ns:NAME}} as {@code names} has it. */
    public static String toRegex(String text, java.util.function.UnaryOperator<String> literal,
            NamespaceNames names) {
        StringBuilder sb = new StringBuilder();
        Matcher m = HOLE.matcher(text);
        int last = 0;
        while (m.find()) {
            sb.append(literal.apply(text.substring(last, m.start())));
            String hole = m.group(1);
            sb.append(hole.startsWith("ns:") ? Pattern.quote(names.resolve(hole.substring(3)))
                    : "(?:" + PATTERNS.get(hole) + ")");
            last = m.end();
        }
        sb.append(literal.apply(text.substring(last)));
        return sb.toString();
    }
}
