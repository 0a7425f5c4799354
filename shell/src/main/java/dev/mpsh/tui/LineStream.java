package dev.mpsh.tui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An output stream that hands each complete line to a consumer, without colour codes: how a
 * command's (and a passthrough child's) output reaches the log pane.
 */
final class LineStream extends OutputStream {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\\\-_]");

    private final Consumer<String> lines;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineStream(Consumer<String> lines) {
        this.lines = lines;
    }

    /** A UTF-8 PrintStream over a new LineStream. */
    static PrintStream printing(Consumer<String> lines) {
        return new PrintStream(new LineStream(lines), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            emit();
        } else if (b != '\r') {
            pending.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    /** A partial last line is shown only when it ends; flush keeps it pending. */
    @Override
    public void flush() {
    }

    @Override
    public synchronized void close() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        String line = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        lines.accept(clean(line));
    }

    static String clean(String line) {
        return ANSI.matcher(line).replaceAll("").replace('\t', ' ');
    }
}
