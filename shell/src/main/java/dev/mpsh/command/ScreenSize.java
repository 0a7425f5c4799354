package dev.mpsh.command;

/** A terminal's size in character cells. */
public record ScreenSize(int columns, int rows) {
}
