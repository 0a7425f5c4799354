package dev.mpsh.mib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one-line meanings of the MPTcpExt counters (resource mptcp-counters.txt). */
public final class CounterMeanings {
    public static final String MPTCP = "MPTcpExt";
    private static final Map<String, String> MEANINGS = load();

    private CounterMeanings() {
    }

    /** The meaning of an MPTcpExt counter, or null for one mpsh has no words for (a newer kernel's). */
    public static String of(String name) {
        return MEANINGS.get(name);
    }

    /** Every counter mpsh describes, in the kernel's order. */
    public static Map<String, String> all() {
        return MEANINGS;
    }

    private static Map<String, String> load() {
        try (InputStream in = CounterMeanings.class.getResourceAsStream("mptcp-counters.txt")) {
            if (in == null) {
                throw new IllegalStateException("mptcp-counters.txt is missing from the build");
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    m.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
            return java.util.Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
