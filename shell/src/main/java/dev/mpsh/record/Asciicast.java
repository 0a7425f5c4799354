package dev.mpsh.record;

import dev.mpsh.output.Json;
import dev.mpsh.record.Transcript.Block;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a transcript as asciicast v2 (newline-delimited JSON: a header object, then
 * {@code [seconds, "o"|"m", data]} events), so it plays in asciinema players. Commands are typed
 * at the recorded pace; chapters become markers; volatile output shows as its pattern.
 */
public final class Asciicast {
    private static final String PROMPT = "\u001b[1mmpsh>\u001b[0m ";
    private static final double TYPE_DELAY = 0.04;
    private static final double DEFAULT_PAUSE = 0.8;
    private static final double DEFAULT_TOOK = 0.1;

    /** The header fields that are not computed from the transcript. */
    public record Options(String title, int width, int height, long timestamp) {
    }

    private final List<String> lines = new ArrayList<>();
    private double t;

    private Asciicast() {
    }

    /** The .cast file's text; {@code width} 0 means: from the longest line, between 80 and 200. */
    public static String write(Transcript transcript, Options options) {
        Asciicast cast = new Asciicast();
        int width = options.width() > 0 ? options.width() : Math.min(200, Math.max(80, widest(transcript) + 2));
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("version", 2);
        header.put("width", width);
        header.put("height", options.height());
        header.put("timestamp", options.timestamp());
        header.put("idle_time_limit", Replayer.MAX_PAUSE);
        if (options.title() != null) {
            header.put("title", options.title());
        }
        header.put("env", Map.of("SHELL", "mpsh", "TERM", "xterm-256color"));
        cast.lines.add(Json.write(header));
        for (Block b : transcript.blocks()) {
            cast.block(b);
        }
        cast.pause(DEFAULT_PAUSE);
        cast.output(PROMPT);
        return String.join("\n", cast.lines) + "\n";
    }

    private void block(Block b) {
        if (b instanceof Chapter c) {
            event("m", c.title());
            output("\u001b[1m## " + c.title() + "\u001b[0m\r\n");
        } else if (b instanceof Narration n) {
            output(n.text().isEmpty() ? "\r\n" : "\u001b[2m" + n.text() + "\u001b[0m\r\n");
        } else {
            Step s = (Step) b;
            pause(s.timing().waited() >= 0 ? Math.min(s.timing().waited(), Replayer.MAX_PAUSE) : DEFAULT_PAUSE);
            output(PROMPT);
            double perChar = Math.min(TYPE_DELAY, 1.5 / Math.max(1, s.command().length()));
            for (char c : s.command().toCharArray()) {
                pause(perChar);
                output(c == '\n' ? "\r\n> " : String.valueOf(c));
            }
            output("\r\n");
            pause(s.timing().took() >= 0 ? Math.min(s.timing().took(), Replayer.MAX_PAUSE) : DEFAULT_TOOK);
            StringBuilder out = new StringBuilder();
            for (Expected e : s.expected()) {
                out.append(e.kind() == Expected.Kind.ESC ? Escapes.decode(e.text()) : e.text());
                out.append(e.noEol() ? "" : "\r\n");
            }
            if (!out.isEmpty()) {
                output(out.toString());
            }
        }
    }

    private void pause(double seconds) {
        t += seconds;
    }

    private void output(String data) {
        event("o", data);
    }

    private void event(String code, String data) {
        lines.add(Json.write(List.of(Math.round(t * 1000) / 1000.0, code, data)));
    }

    private static int widest(Transcript transcript) {
        int w = 0;
        for (Step s : transcript.steps()) {
            w = Math.max(w, s.command().length() + 6);
            for (Expected e : s.expected()) {
                w = Math.max(w, e.text().length());
            }
        }
        return w;
    }
}
