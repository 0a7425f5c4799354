package dev.mpsh.output;

import java.io.PrintStream;
import java.util.Map;

/** Plain text output; as JSON it is {@code {"text": "..."}}. */
public record Text(String text) implements Output {

    @Override
    public void render(PrintStream out, Style style) {
        if (text.isEmpty()) {
            return;
        }
        out.print(text);
        if (!text.endsWith("\n")) {
            out.println();
        }
    }

    @Override
    public Object json() {
        return Map.of("text", text);
    }
}
