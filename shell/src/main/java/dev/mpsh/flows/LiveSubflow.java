package dev.mpsh.flows;

import dev.mpsh.sockdiag.SubflowAttrs;
import java.time.Instant;

/** The mutable state behind one {@link SubflowInfo}, owned by its {@link LiveConnection}. */
final class LiveSubflow {
    final Endpoint local;
    final Endpoint remote;
    final Instant since;
    boolean initial;
    int localId = -1;
    int remoteId = -1;
    String iface;
    SubflowState state = SubflowState.ESTABLISHED;
    boolean backup;
    Integer error;
    Long resetReason;
    Long resetFlags;
    Instant closedAt;
    Traffic traffic;
    SubflowAttrs attrs;

    LiveSubflow(Endpoint local, Endpoint remote, boolean initial, Instant since) {
        this.local = local;
        this.remote = remote;
        this.initial = initial;
        this.since = since;
    }

    boolean open() {
        return state != SubflowState.CLOSED;
    }

    void close(Instant at) {
        if (open()) {
            state = SubflowState.CLOSED;
            closedAt = at;
        }
    }

    SubflowInfo view() {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, false, state, backup, error,
                resetReason, resetFlags, since, closedAt, traffic, attrs, null);
    }
}
