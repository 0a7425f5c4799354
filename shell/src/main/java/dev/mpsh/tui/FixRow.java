package dev.mpsh.tui;

/**
 * One fix as the fixes pane shows it.
 *
 * @param state the live state in words: "applied", "not applied", "partly", or why it is unknown
 */
public record FixRow(String id, String namespace, String title, String state) {
}
