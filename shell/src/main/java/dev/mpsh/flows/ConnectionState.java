package dev.mpsh.flows;

/** A connection's state from CREATED, ESTABLISHED and CLOSED. */
public enum ConnectionState {
    CREATED, ESTABLISHED, CLOSED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
