package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;

/** A pane's place on the screen, border included. */
public record Rect(int x, int y, int width, int height) {
    public TerminalPosition position() {
        return new TerminalPosition(x, y);
    }

    public TerminalSize size() {
        return new TerminalSize(width, height);
    }
}
