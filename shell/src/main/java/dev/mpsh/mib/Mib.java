package dev.mpsh.mib;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reading of a namespace's MIB counters, by group ("Ip", "TcpExt", "MPTcpExt") and name, in
 * the kernel's order. A counter this kernel lacks is simply not there.
 */
public record Mib(Map<String, Map<String, Long>> groups) {

    public Mib {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        groups.forEach((g, m) -> copy.put(g, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        groups = java.util.Collections.unmodifiableMap(copy);
    }

    /** The group's counters in the kernel's order; empty when the kernel has no such group. */
    public Map<String, Long> group(String group) {
        return groups.getOrDefault(group, Map.of());
    }

    /** A counter's value, or null when this kernel has no such counter. */
    public Long get(String group, String name) {
        return group(group).get(name);
    }

    /**
     * Parses the text of /proc/net/snmp or /proc/net/netstat (more than one may be
     * concatenated): per group a line of names then a line of values, both starting "Group:".
     * Lines that do not pair up are skipped.
     */
    public static Mib parse(String text) {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String[] names = lines[i].trim().split("\\s+");
            String[] values = lines[i + 1].trim().split("\\s+");
            long[] v = names.length > 1 && names[0].endsWith(":") && names[0].equals(values[0])
                    && names.length == values.length ? numbers(values) : null;
            if (v == null) {
                continue;
            }
            Map<String, Long> g = groups.computeIfAbsent(names[0].substring(0, names[0].length() - 1), k -> new LinkedHashMap<>());
            for (int k = 1; k < names.length; k++) {
                g.put(names[k], v[k]);
            }
            i++;
        }
        return new Mib(groups);
    }

    /** The values after the group word, or null when one is no number (that was another names line). */
    private static long[] numbers(String[] values) {
        long[] v = new long[values.length];
        try {
            for (int k = 1; k < values.length; k++) {
                v[k] = Long.parseLong(values[k]);
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
