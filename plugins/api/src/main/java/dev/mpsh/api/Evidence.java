package dev.mpsh.api;

import java.util.List;

/**
 * Live evidence {@code diagnose} gathers for a fix that is missing, during one connection
 * attempt, so the trainee sees the symptom and can repeat the observation by hand.
 * <ul>
 * <li>{@code capture NS DEV FILTER}: packets matching a pcap FILTER seen on DEV in NS;
 * <li>{@code counter NS GROUP:NAME}: how much a kernel SNMP counter of NS (/proc/net/snmp,
 *     netstat) grew, e.g. {@code Ip:InAddrErrors}.
 * </ul>
 *
 * @param args capture: DEV, FILTER; counter: GROUP:NAME
 */
public record Evidence(String kind, String namespace, List<String> args) {
    public static final List<String> KINDS = List.of("capture", "counter");

    public Evidence {
        args = List.copyOf(args);
    }
}
