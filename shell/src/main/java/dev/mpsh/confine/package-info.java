/**
 * Confinement ({@code mpsh --lab NAME --confine}, docs/class.md): a shell that stays in its own
 * lab. {@link dev.mpsh.confine.Confinement} is the session's statement guard: it refuses mpsh
 * commands that reach another lab or the host, and hands real command lines to
 * {@link dev.mpsh.confine.ProgramLine}, which refuses any that names a namespace not of this lab.
 * It is a guard in the shell, not a security boundary: see docs/class.md.
 */
package dev.mpsh.confine;
