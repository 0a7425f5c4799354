package dev.mpsh.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An aligned table. Column keys name the JSON fields; headers are what people see.
 * Cells are plain strings; a {@link Cell} may carry a colour for the human form.
 */
public final class Table implements Output {

    /** A cell with an optional colour, e.g. green for "applied". */
    public record Cell(String text, String color) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final List<String> keys;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<Map<String, Object>> jsonRows = new ArrayList<>();

    public Table(List<String> keys, List<String> headers) {
        if (keys.size() != headers.size()) {
            throw new IllegalArgumentException("keys and headers differ in length");
        }
        this.keys = List.copyOf(keys);
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; each value is a String, a {@link Cell}, or anything whose toString is shown. */
    public Table row(Object... values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException("row has " + values.length + " cells, table has " + keys.size());
        }
        rows.add(List.of(values));
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            json.put(keys.get(i), v instanceof Cell c ? c.text() : v);
        }
        jsonRows.add(json);
        return this;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    @Override
    public void render(PrintStream out, Style style) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
        }
        for (List<Object> row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], String.valueOf(row.get(i)).length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            pad(line, style.bold(headers.get(i)), headers.get(i).length(), width[i], i == width.length - 1);
        }
        out.println(line.toString().stripTrailing());
        for (List<Object> row : rows) {
            line.setLength(0);
            for (int i = 0; i < width.length; i++) {
                Object v = row.get(i);
                String text = String.valueOf(v);
                String shown = v instanceof Cell c && c.color() != null ? colour(style, c) : text;
                pad(line, shown, text.length(), width[i], i == width.length - 1);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String colour(Style style, Cell c) {
        return switch (c.color()) {
            case "green" -> style.green(c.text());
            case "red" -> style.red(c.text());
            case "yellow" -> style.yellow(c.text());
            case "dim" -> style.dim(c.text());
            default -> c.text();
        };
    }

    private static void pad(StringBuilder line, String shown, int visible, int width, boolean last) {
        line.append(shown);
        if (!last) {
            line.append(" ".repeat(width - visible + 2));
        }
    }

    @Override
    public Object json() {
        return jsonRows;
    }
}
