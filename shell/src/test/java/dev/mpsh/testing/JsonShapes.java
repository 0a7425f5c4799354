package dev.mpsh.testing;

import dev.mpsh.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --json} documents as docs/json.md describes them, read from its tables, and a
 * check of a document against one of them: every key documented, of a documented type, and
 * every documented key present wherever its object is.
 */
public final class JsonShapes {
    private static final Pattern HEADING = Pattern.compile("^### `([^`]+)`\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([a-z ]+) \\|.*\\|\\s*$");
    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "object", "array", "null");

    /** Per document (the heading's name), each key path with the types it may have. */
    private final Map<String, Map<String, Set<String>>> shapes;

    private JsonShapes(Map<String, Map<String, Set<String>>> shapes) {
        this.shapes = shapes;
    }

    /** docs/json.md of this checkout. */
    public static JsonShapes fromDocs() {
        try {
            return parse(Files.readString(Run.home().resolve("docs/json.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonShapes parse(String markdown) {
        Map<String, Map<String, Set<String>>> shapes = new LinkedHashMap<>();
        Map<String, Set<String>> current = null;
        for (String line : markdown.split("\n")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                current = new LinkedHashMap<>();
                shapes.put(h.group(1), current);
                continue;
            }
            Matcher r = ROW.matcher(line);
            if (current != null && r.matches()) {
                Set<String> types = new LinkedHashSet<>(List.of(r.group(2).trim().split(" or ")));
                if (!TYPES.containsAll(types)) {
                    throw new IllegalArgumentException("docs/json.md: unknown type in: " + line);
                }
                if (current.put(r.group(1), types) != null) {
                    throw new IllegalArgumentException("docs/json.md: key documented twice: " + line);
                }
            }
        }
        return new JsonShapes(shapes);
    }

    public Set<String> names() {
        return shapes.keySet();
    }

    public Map<String, Set<String>> shape(String name) {
        Map<String, Set<String>> s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("docs/json.md documents no '" + name + "'");
        }
        return s;
    }

    /** What is wrong with document (one line of JSON) as the shape name; empty when nothing is. */
    public List<String> problems(String name, String document) {
        Map<String, Set<String>> shape = shape(name);
        List<String> out = new ArrayList<>();
        Object doc;
        try {
            doc = Json.read(document.strip());
        } catch (IllegalArgumentException e) {
            return List.of("not JSON: " + e.getMessage() + ": " + document);
        }
        if (!(doc instanceof Map<?, ?> m)) {
            return List.of("not an object: " + document);
        }
        if (!Integer.valueOf(Json.SCHEMA).equals(m.get("schema"))) {
            out.add("\"schema\" is " + m.get("schema") + ", not " + Json.SCHEMA);
        }
        object(shape, "", m, out);
        return out;
    }

    private static void object(Map<String, Set<String>> shape, String path, Map<?, ?> m, List<String> out) {
        String prefix = path.isEmpty() ? "" : path + ".";
        boolean isMap = shape.containsKey(path + "{}");
        if (isMap) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(shape, path + "{}", e.getValue(), out);
            }
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            value(shape, prefix + e.getKey(), e.getValue(), out);
        }
        for (String key : shape.keySet()) {
            if (key.startsWith(prefix) && !key.substring(prefix.length()).matches(".*[.\\[{].*")
                    && !m.containsKey(key.substring(prefix.length()))) {
                out.add(key + ": missing");
            }
        }
    }

    private static void value(Map<String, Set<String>> shape, String path, Object v, List<String> out) {
        Set<String> allowed = shape.get(path);
        if (allowed == null) {
            out.add(path + ": not in docs/json.md");
            return;
        }
        String type = type(v);
        if (!allowed.contains(type) && !(type.equals("integer") && allowed.contains("number"))) {
            out.add(path + ": " + type + ", documented as " + String.join(" or ", allowed));
        }
        if (v instanceof Map<?, ?> m) {
            object(shape, path, m, out);
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                value(shape, path + "[]", o, out);
            }
        }
    }

    private static String type(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "boolean";
        } else if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return "integer";
        } else if (v instanceof Number) {
            return "number";
        } else if (v instanceof Map) {
            return "object";
        } else if (v instanceof List) {
            return "array";
        }
        return v.getClass().getSimpleName();
    }

    /** The last line of out that is a JSON document (commands such as 'counters -- CMD' print CMD's output first). */
    public static String document(String out) {
        List<String> lines = out.lines().filter(l -> l.startsWith("{\"schema\":")).toList();
        if (lines.isEmpty()) {
            throw new AssertionError("no JSON document in:\n" + out);
        }
        return lines.get(lines.size() - 1);
    }
}
