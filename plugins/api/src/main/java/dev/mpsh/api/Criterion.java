package dev.mpsh.api;

import java.util.List;

/**
 * One graded item of a {@link Check}. The kind names the engine's generic test; its
 * parameters come from the check (address, port, backends) and from {@code args}.
 *
 * @param kind   one of {@link #KINDS}
 * @param args   the kind's own words (join-interfaces, subflow-interfaces, backup-interfaces: client
 *               interfaces; counters: a namespace, then GROUP:NAME counters, repeated)
 * @param probes for kind "probes": the kernel state that must hold
 * @param bonus  counts only towards the score, not towards pass or fail
 */
public record Criterion(String id, String kind, int points, boolean bonus, List<String> args,
                        Localized title, List<Probe> probes) {

    /**
     * connect: every attempt connects, MPTCP is in use and an echo round trip works.
     * initial-subflow: each connection's initial subflow goes to the check's address and port.
     * join-port: each connection has additional subflows, all to the address and one port of a backend.
     * join-interfaces: additional subflows leave from each of the named client interfaces.
     * backends: every backend is reached, and each one's subflows use its own port.
     * probes: all the probes hold (kernel state, no connection needed).
     * counters: none of the named kernel counters grew while the connections ran (words: a
     *   namespace, its GROUP:NAME counters, and so on for further namespaces).
     * subflow-interfaces: each connection has exactly one subflow (the initial one counts) from
     *   each named client interface, and none from any other.
     * backup-interfaces: each connection's subflows from the named interfaces are flagged backup
     *   (by either end), there is one from each of them, and no other subflow is a backup.
     * bulk-share: a short bulk transfer through the check's address puts less than P % of its
     *   bytes on the subflows from a client interface, which has an established subflow
     *   (words: {@link TransferSpec.BulkShare}).
     * drill: a bulk transfer survives a WAN failing on cue, every byte back (words: {@link TransferSpec.Drill}).
     */
    public static final List<String> KINDS = List.of(
            "connect", "initial-subflow", "join-port", "join-interfaces", "backends", "probes",
            "counters", "subflow-interfaces", "backup-interfaces", "bulk-share", "drill");

    /** The kinds whose words are client interfaces. */
    public static final List<String> INTERFACE_KINDS = List.of("join-interfaces", "subflow-interfaces", "backup-interfaces");

    public Criterion {
        args = List.copyOf(args);
        probes = List.copyOf(probes);
    }
}
