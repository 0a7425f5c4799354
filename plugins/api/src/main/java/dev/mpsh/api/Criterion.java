package dev.mpsh.api;

import java.util.List;

/**
 * One graded item of a {@link Check}. The kind names the engine's generic test; its
 * parameters come from the check (address, port, backends) and from {@code args}.
 *
 * @param kind   one of {@link #KINDS}
 * @param args   the kind's own words (join-interfaces: the client interfaces that must carry subflows)
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
     */
    public static final List<String> KINDS = List.of(
            "connect", "initial-subflow", "join-port", "join-interfaces", "backends", "probes");

    public Criterion {
        args = List.copyOf(args);
        probes = List.copyOf(probes);
    }
}
