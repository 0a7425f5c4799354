/**
 * The {@code check} command: real MPTCP connection attempts observed through path-manager events
 * ({@link dev.mpsh.check.Prober}), graded against the scenario's check section ({@link dev.mpsh.check.Grader}).
 */
package dev.mpsh.check;
