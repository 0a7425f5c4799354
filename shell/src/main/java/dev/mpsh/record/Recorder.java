package dev.mpsh.record;

import dev.mpsh.command.StatementListener;
import dev.mpsh.record.Transcript.Block;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Captures a session into a transcript file as it goes: each statement with its output (colour
 * removed), exit status and timing is appended when it finishes, so a crash loses nothing.
 * {@code record} statements themselves are not recorded.
 */
public final class Recorder implements StatementListener {
    private final Path file;
    private final BufferedWriter writer;
    private final long startNanos = System.nanoTime();
    private long lastEndNanos = startNanos;
    private long statementStartNanos;
    private int steps;

    private final NamespaceNames names;

    private Recorder(Path file, BufferedWriter writer, NamespaceNames names) {
        this.file = file;
        this.writer = writer;
        this.names = names;
    }

    /**
     * Creates {@code file} with the transcript header and an opening narration line.
     *
     * @param replace overwrite an existing file instead of refusing
     * @param names the lab's names for its namespaces, written as {@code {ns:NAME}} in output
     */
    public static Recorder start(Path file, boolean replace, String opening, NamespaceNames names)
            throws IOException {
        StandardOpenOption create = replace ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW;
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, create);
        Recorder r = new Recorder(file, w, names);
        r.append(Transcript.HEADER + "\n" + opening + "\n");
        return r;
    }

    public Path file() {
        return file;
    }

    public synchronized int steps() {
        return steps;
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public synchronized void started(List<String> words) {
        statementStartNanos = System.nanoTime();
    }

    @Override
    public synchronized void finished(List<String> words, int status, String output, Duration took) {
        if (!words.isEmpty() && words.get(0).equals("record")) {
            return;
        }
        double waited = Math.max(0, statementStartNanos - lastEndNanos) / 1e9;
        lastEndNanos = System.nanoTime();
        Step step = new Step(0, Quoting.join(words), expected(Ansi.strip(output), names), status,
                new Timing(waited, took.toNanos() / 1e9));
        write(step);
        steps++;
    }

    public synchronized void chapter(String title) {
        write(new Chapter(title.replace('\n', ' ').strip()));
    }

    /** Narration; each line of {@code text} becomes one comment line of the transcript. */
    public synchronized void note(String text) {
        for (String line : text.split("\n", -1)) {
            write(new Narration(line.stripLeading()));
        }
    }

    public synchronized void stop() throws IOException {
        writer.close();
    }

    static List<Expected> expected(String output) {
        return expected(output, NamespaceNames.DEFAULT);
    }

    static List<Expected> expected(String output, NamespaceNames names) {
        List<Expected> lines = new ArrayList<>();
        if (output.isEmpty()) {
            return lines;
        }
        boolean noEol = !output.endsWith("\n");
        String[] split = (noEol ? output : output.substring(0, output.length() - 1)).split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            lines.add(Expected.of(split[i], noEol && i == split.length - 1, names));
        }
        return lines;
    }

    private void write(Block block) {
        append(TranscriptWriter.block(block));
    }

    private void append(String text) {
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file + " (" + e.getMessage()
                    + "); the recording misses this command, 'record stop' ends it", e);
        }
    }
}
