/**
 * The kernel's SNMP/MIB counters of a network namespace (/proc/net/snmp and /proc/net/netstat as
 * a thread inside it sees them; what {@code nstat -az} shows): one reader for {@code counters}
 * and for {@code diagnose}'s counter evidence, the one-line meanings of the MPTcpExt counters,
 * and the {@code counters} command.
 */
package dev.mpsh.mib;
