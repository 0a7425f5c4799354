package dev.mpsh.flows;

/**
 * Where a client-side subflow landed among the watched server namespaces, found by its 4-tuple
 * (client saddr:sport = backend daddr:dport and the other way round).
 *
 * @param backend the namespace that has it, or null
 */
public record Placement(Verdict verdict, String backend) {

    public enum Verdict {
        /** A watched backend has this subflow. */
        LANDED,
        /** A backend saw it and closed it with an error (e.g. a join it would not accept). */
        REFUSED,
        /** The client saw it fail and no watched backend ever had it. */
        FAILED_NOWHERE,
        /** Not found on any watched backend (yet, or the backend is not watched). */
        UNKNOWN
    }

    /** How the table shows it: "server-1", "refused by server-2", "failed, on no backend", "?". */
    public String describe() {
        return switch (verdict) {
            case LANDED -> backend;
            case REFUSED -> "refused by " + backend;
            case FAILED_NOWHERE -> "failed, on no backend";
            case UNKNOWN -> "?";
        };
    }
}
