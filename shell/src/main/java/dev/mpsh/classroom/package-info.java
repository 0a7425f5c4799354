/**
 * A training room on one host (docs/class.md): {@code class up N} builds N labs named
 * PREFIX01…PREFIXNN side by side and records them in a {@link dev.mpsh.classroom.Roster};
 * {@code class down} removes exactly those, {@code class reset LAB} rebuilds one, and
 * {@code class status} (once) and {@code class board} (live, full-screen) are the instructor's board, read from each lab's kernel state and
 * files, never from what the trainees' shells say.
 */
package dev.mpsh.classroom;
