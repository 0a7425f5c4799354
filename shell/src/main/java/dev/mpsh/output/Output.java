package dev.mpsh.output;

import java.io.PrintStream;

/**
 * Structured command output: rendered for people (aligned, coloured when allowed) or as JSON
 * for programs ({@code --json}). The JSON form is a stable contract, documented in docs/.
 */
public interface Output {

    /** Writes the human form. */
    void render(PrintStream out, Style style);

    /** The JSON form as plain values: Map, List, String, Number, Boolean or null. */
    Object json();

    Output NONE = new Output() {
        @Override
        public void render(PrintStream out, Style style) {
        }

        @Override
        public Object json() {
            return null;
        }
    };
}
