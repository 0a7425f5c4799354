/**
 * The client's WANs on a live lab, as the scenario's {@code wan} lines name them: their state
 * read from the kernel ({@link dev.mpsh.wan.WanStatus}: link, blackhole, backup, shaping), the
 * commands that shape them ({@link dev.mpsh.wan.Shaping}) and fail them ({@link dev.mpsh.wan.Failures}),
 * and the {@link dev.mpsh.wan.RestoreJournal} that puts back what a drill changed, even after
 * the shell was killed.
 */
package dev.mpsh.wan;
