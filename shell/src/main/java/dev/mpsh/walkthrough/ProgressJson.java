package dev.mpsh.walkthrough;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small JSON a progress file holds: one object of strings, nulls and lists of strings. */
final class ProgressJson {
    private final String s;
    private int i;

    private ProgressJson(String s) {
        this.s = s;
    }

    static Map<String, Object> parse(String text) {
        ProgressJson p = new ProgressJson(text);
        p.blank();
        Map<String, Object> m = p.object();
        p.blank();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("text after the object at offset " + p.i);
        }
        return m;
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> m = new LinkedHashMap<>();
        blank();
        if (peek() == '}') {
            i++;
            return m;
        }
        while (true) {
            blank();
            String key = string();
            blank();
            expect(':');
            blank();
            m.put(key, value());
            blank();
            if (peek() == ',') {
                i++;
            } else {
                expect('}');
                return m;
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            i++;
            List<Object> l = new ArrayList<>();
            blank();
            if (peek() == ']') {
                i++;
                return l;
            }
            while (true) {
                blank();
                l.add(string());
                blank();
                if (peek() == ',') {
                    i++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return null;
        }
        throw new IllegalArgumentException("unexpected '" + c + "' at offset " + i);
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new IllegalArgumentException("short \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void blank() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw new IllegalArgumentException("the file ends too early");
        }
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at offset " + (i - 1));
        }
    }
}
