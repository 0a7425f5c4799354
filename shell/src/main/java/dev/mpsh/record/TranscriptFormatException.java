package dev.mpsh.record;

/** A transcript that cannot be read; the message names the file line and what to change. */
public final class TranscriptFormatException extends Exception {
    private final int line;

    public TranscriptFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
