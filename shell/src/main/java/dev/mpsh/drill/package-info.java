/**
 * {@code drill}: the handover drill. A bulk echo transfer through the scenario's traffic
 * address while one WAN fails on cue (link down, blackhole at its router, or the other WANs
 * failing under a backup endpoint); a timeline of bytes per subflow per 100 ms, the longest
 * stall, the takeover time, the bytes lost and a verdict; the lab restored whatever happens.
 */
package dev.mpsh.drill;
