/**
 * The Linux layer over JNA: libc calls ({@link dev.mpsh.linux.LibC}), errno as one-line
 * exceptions ({@link dev.mpsh.linux.Errno}), socket addresses, poll and a wakeup pipe, threads
 * that live in one network namespace ({@link dev.mpsh.linux.NetNs}, also for its sysctls), and
 * interfaces read over rtnetlink ({@link dev.mpsh.linux.Interfaces}).
 */
package dev.mpsh.linux;
