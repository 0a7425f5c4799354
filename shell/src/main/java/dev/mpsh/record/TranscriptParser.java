package dev.mpsh.record;

import dev.mpsh.record.Transcript.Block;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text form of a {@link Transcript} (docs/recordings.md); strict, errors name the line. */
public final class TranscriptParser {
    private static final Pattern HEADER = Pattern.compile("mpsh transcript v(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final Pattern TIMING = Pattern.compile(
            "(.*?)\\s+# (?=wait=|took=)(?:wait=(\\d+(?:\\.\\d+)?)s)?\\s*(?:took=(\\d+(?:\\.\\d+)?)s)?");

    private final List<Block> blocks = new ArrayList<>();
    private StepBuilder step;

    private TranscriptParser() {
    }

    public static Transcript parse(String text) throws TranscriptFormatException {
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the newline that ends the last line
        }
        if (count == 0) {
            throw new TranscriptFormatException(1, "empty file; a transcript starts with '" + Transcript.HEADER + "'");
        }
        Matcher header = HEADER.matcher(lines[0]);
        if (!header.matches()) {
            throw new TranscriptFormatException(1, "not an mpsh transcript; the first line must be '"
                    + Transcript.HEADER + "'");
        }
        if (!header.group(1).equals("1")) {
            throw new TranscriptFormatException(1, "transcript format v" + header.group(1)
                    + " is not one this mpsh reads (v1); use a newer mpsh");
        }
        TranscriptParser p = new TranscriptParser();
        for (int i = 1; i < count; i++) {
            p.line(i + 1, lines[i], i + 1 < count ? lines[i + 1] : null);
        }
        p.endStep();
        return new Transcript(p.blocks);
    }

    private void line(int no, String line, String next) throws TranscriptFormatException {
        if (line.startsWith("  $ ") || line.equals("  $")) {
            endStep();
            String command = line.substring(Math.min(4, line.length()));
            if (command.isBlank()) {
                throw new TranscriptFormatException(no, "'$' without a command; write '  $ COMMAND'");
            }
            step = new StepBuilder(no, command);
        } else if (line.startsWith("  > ") || line.equals("  >")) {
            if (step == null || !step.expected.isEmpty() || step.status != null) {
                throw new TranscriptFormatException(no, "'>' continues a command, so it must follow a '$' or '>' line");
            }
            step.command.append('\n').append(line.substring(Math.min(4, line.length())));
        } else if (line.startsWith("  ")) {
            output(no, line.substring(2));
        } else if (line.isEmpty() && step != null && continuesOutput(next)) {
            output(no, ""); // an output blank line whose two spaces an editor stripped
        } else if (!line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
            throw new TranscriptFormatException(no, "indent commands and output by exactly two spaces"
                    + " (no tabs), or remove the indent to make it a comment");
        } else {
            endStep();
            if (line.startsWith("## ")) {
                blocks.add(new Chapter(line.substring(3).strip()));
            } else {
                blocks.add(new Narration(line));
            }
        }
    }

    private static boolean continuesOutput(String next) {
        return next != null && next.startsWith("  ") && !next.startsWith("  $ ") && !next.equals("  $");
    }

    private void output(int no, String text) throws TranscriptFormatException {
        if (step == null) {
            throw new TranscriptFormatException(no, "output before any command; start with '  $ COMMAND'"
                    + " or remove the indent to make it a comment");
        }
        if (step.status != null) {
            throw new TranscriptFormatException(no, "output after the exit status [" + step.status
                    + "]; the status line ends a command's output");
        }
        Matcher status = STATUS.matcher(text);
        if (status.matches()) {
            step.status = Integer.parseInt(status.group(1));
            if (step.status > 255) {
                throw new TranscriptFormatException(no, "exit status " + step.status + " is out of range 0-255");
            }
            return;
        }
        if (step.noEol) {
            throw new TranscriptFormatException(no, "output after a (no-eol) line; only the last output line can be (no-eol)");
        }
        boolean noEol = false;
        if (text.endsWith(" (no-eol)")) {
            noEol = true;
            text = text.substring(0, text.length() - " (no-eol)".length());
        }
        Expected.Kind kind = Expected.Kind.LITERAL;
        for (Expected.Kind k : Expected.Kind.values()) {
            if (k != Expected.Kind.LITERAL && text.endsWith(k.suffix)) {
                kind = k;
                text = text.substring(0, text.length() - k.suffix.length());
                break;
            }
        }
        Expected e = new Expected(text, kind, noEol, no);
        try {
            e.validate();
        } catch (IllegalArgumentException ex) {
            throw new TranscriptFormatException(no, ex.getMessage());
        }
        step.noEol = noEol;
        step.expected.add(e);
    }

    private void endStep() {
        if (step == null) {
            return;
        }
        String command = step.command.toString();
        Timing timing = Timing.NONE;
        // The timing trailer sits on the last line of the command.
        int lastLine = command.lastIndexOf('\n') + 1;
        Matcher t = TIMING.matcher(command.substring(lastLine));
        if (t.matches() && (t.group(2) != null || t.group(3) != null)) {
            timing = new Timing(t.group(2) == null ? -1 : Double.parseDouble(t.group(2)),
                    t.group(3) == null ? -1 : Double.parseDouble(t.group(3)));
            command = command.substring(0, lastLine) + t.group(1);
        }
        blocks.add(new Step(step.line, command, step.expected, step.status == null ? 0 : step.status, timing));
        step = null;
    }

    private static final class StepBuilder {
        final int line;
        final StringBuilder command;
        final List<Expected> expected = new ArrayList<>();
        Integer status;
        boolean noEol;

        StepBuilder(int line, String command) {
            this.line = line;
            this.command = new StringBuilder(command);
        }
    }
}
