/**
 * The man pages, rendered as troff from the texts mpsh already has, so there is one source for
 * each: {@code mpsh(1)} from the launcher's usage text and every registered command's help text
 * ({@link dev.mpsh.man.ShellManPage}), {@code mpsh-transcript(5)} from the transcript format as
 * docs/recordings.md describes it ({@link dev.mpsh.man.TranscriptManPage}). The packaging build
 * runs {@link dev.mpsh.man.ManPages} to write them (docs/packaging.md).
 */
package dev.mpsh.man;
