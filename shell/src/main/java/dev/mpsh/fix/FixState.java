package dev.mpsh.fix;

/** Whether a fix is in place, judged only from its probes against the live kernel. */
public enum FixState {
    /** Every probe holds. */
    APPLIED("applied"),
    /** Some probes hold, or part of one does (e.g. endpoints without fullmesh). */
    PARTLY("partly"),
    /** Nothing of it is there. */
    NOT_APPLIED("not applied");

    private final String word;

    FixState(String word) {
        this.word = word;
    }

    /** As shown and in JSON: "applied", "partly", "not applied". */
    public String word() {
        return word;
    }

    /** The state that these probe results add up to. */
    public static FixState of(java.util.List<ProbeResult> results) {
        long holding = results.stream().filter(ProbeResult::holds).count();
        if (holding == results.size()) {
            return APPLIED;
        }
        if (holding > 0 || results.stream().anyMatch(ProbeResult::partial)) {
            return PARTLY;
        }
        return NOT_APPLIED;
    }
}
