package dev.mpsh.flows;

/** Where a subflow is in its life, as the events tell it. */
public enum SubflowState {
    /** The initial subflow of a connection that is CREATED but not yet ESTABLISHED. */
    CONNECTING,
    ESTABLISHED,
    /** SUB_CLOSED, or the whole connection CLOSED. Final: a late event never reopens it. */
    CLOSED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
