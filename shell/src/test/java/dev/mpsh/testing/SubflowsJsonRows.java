package dev.mpsh.testing;

import dev.mpsh.output.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subflows of {@code subflows --json} as flat rows: "namespace", the connection's "token",
 * then every field of the subflow as text ("null" for null), so tests compare them with what
 * {@code ss} prints.
 */
public final class SubflowsJsonRows {
    private SubflowsJsonRows() {
    }

    /** One row per subflow, in the document's order. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> of(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, Object> doc = Json.readObject(json);
        for (Object n : (List<Object>) doc.get("namespaces")) {
            Map<String, Object> ns = (Map<String, Object>) n;
            for (Object c : (List<Object>) ns.get("connections")) {
                Map<String, Object> conn = (Map<String, Object>) c;
                for (Object s : (List<Object>) conn.get("subflows")) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("namespace", (String) ns.get("namespace"));
                    row.put("token", (String) conn.get("token"));
                    ((Map<String, Object>) s).forEach((k, v) -> row.put(k, String.valueOf(v)));
                    out.add(row);
                }
            }
        }
        return out;
    }
}
