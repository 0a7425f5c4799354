package dev.mpsh.output;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON through jackson-jr, for the plain values {@link Output#json()} returns and the small files
 * mpsh keeps (walkthrough progress). This class is the only one that names jackson-jr, and it is
 * loaded only when JSON is written or read, so a start that prints no JSON never loads it.
 */
public final class Json {
    /**
     * The version every {@code --json} document carries as {@code "schema"} (docs/json.md): a key
     * added keeps it, a key renamed or removed, or a meaning changed, raises it.
     */
    public static final int SCHEMA = 1;

    /** Nulls are written: a key is always there, null when there is nothing to say (jackson-jr leaves them out by default). */
    private static final JSON JSON_ = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {
    }

    /** One of the plain values (Map, Collection, String, Number, Boolean, null) as compact JSON. */
    public static String write(Object value) {
        try {
            return JSON_.asString(plain(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A command's {@code --json} document: its object with {@code "schema"} first. Null (a command
     * with nothing to say) is the object with the schema alone; anything but an object is a bug in
     * the command, since a bare array or value could not carry the schema.
     */
    public static String document(Object json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        if (json instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                doc.put(String.valueOf(e.getKey()), e.getValue());
            }
        } else if (json != null) {
            throw new IllegalStateException("a --json document must be an object, not " + json.getClass().getSimpleName());
        }
        return write(doc);
    }

    /** Reads one JSON object (objects as ordered maps, arrays as lists); malformed text is an IllegalArgumentException. */
    public static Map<String, Object> readObject(String text) {
        try {
            Object v = JSON_.anyFrom(text);
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) m;
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse("malformed JSON"), e);
        }
    }

    /** Reads any JSON value (for tests and readers that check a document's shape). */
    public static Object read(String text) {
        try {
            return JSON_.anyFrom(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse("malformed JSON"), e);
        }
    }

    /**
     * The contract of {@link Output#json()}: anything that is not a map, collection, string, number
     * or boolean is written as its text (records and enums included), never as a bean.
     */
    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), plain(e.getValue()));
            }
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(plain(o));
            }
            return out;
        }
        return v.toString();
    }
}
