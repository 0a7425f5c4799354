package dev.mpsh.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subflows of {@code subflows --json} as flat rows (namespace, connection token, then the
 * subflow's own fields as text), read without a JSON library: subflow objects hold no nested
 * objects, and every one follows its namespace's and its connection's fields.
 */
public final class SubflowsJsonRows {
    private static final Pattern PART = Pattern.compile(
            "\"namespace\":\"([^\"]+)\"|\"token\":\"([0-9a-f]{8})\"|(\\{\"initial\":[^{}]*\\})");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"([^\"]*)\"|[^,}]+)");

    private SubflowsJsonRows() {
    }

    /** One row per subflow: "namespace", "token" and every field of the subflow ("null" for null). */
    public static List<Map<String, String>> of(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        String namespace = null;
        String token = null;
        Matcher m = PART.matcher(json);
        while (m.find()) {
            if (m.group(1) != null) {
                namespace = m.group(1);
            } else if (m.group(2) != null) {
                token = m.group(2);
            } else {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("namespace", namespace);
                row.put("token", token);
                Matcher f = FIELD.matcher(m.group(3));
                while (f.find()) {
                    row.put(f.group(1), f.group(3) != null ? f.group(3) : f.group(2));
                }
                out.add(row);
            }
        }
        return out;
    }
}
