/**
 * The {@code diagnose} command: what is broken in a live lab, why, and live evidence (captures,
 * kernel counters) a trainee can repeat by hand.
 */
package dev.mpsh.diagnose;
