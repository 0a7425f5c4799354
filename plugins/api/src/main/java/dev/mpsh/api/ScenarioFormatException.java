package dev.mpsh.api;

/** A scenario file that cannot be read; the message is one line: {@code FILE:LINE: what is wrong}. */
public final class ScenarioFormatException extends Exception {
    private final int line;

    public ScenarioFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line number, or 0 for a problem of the whole file. */
    public int line() {
        return line;
    }
}
