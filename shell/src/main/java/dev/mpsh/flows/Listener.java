package dev.mpsh.flows;

import java.time.Instant;

/**
 * An MPTCP listening socket (LISTENER_CREATED / LISTENER_CLOSED), the application's or the
 * kernel's own for an {@code endpoint ... port P signal}.
 *
 * @param closedAt null while it listens
 */
public record Listener(Endpoint endpoint, Instant since, Instant closedAt) {
    public boolean closed() {
        return closedAt != null;
    }
}
