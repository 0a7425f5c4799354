package dev.mpsh.flows;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One MPTCP connection as a namespace sees it. The initial subflow is the first in subflows.
 *
 * @param token this side's connection token (the two ends have different tokens)
 * @param serverSide the connection was accepted here (event flag SERVER_SIDE)
 * @param denyJoinId0 the peer set the C flag: no joins to its initial address and port
 * @param partial the model did not see this connection begin (it was already open when the
 *     subscription started, or events were lost): details it would have learnt then may be missing
 * @param closedAt null while open; a closed connection stays listed for a while
 */
public record Connection(
        long token, ConnectionState state, boolean serverSide, boolean denyJoinId0, boolean partial,
        List<Announced> announced, List<SubflowInfo> subflows, Instant since, Instant closedAt) {

    public boolean closed() {
        return state == ConnectionState.CLOSED;
    }

    /** The initial subflow, or null when no CREATED/ESTABLISHED was seen. */
    public SubflowInfo initial() {
        return subflows.stream().filter(SubflowInfo::initial).findFirst().orElse(null);
    }

    /** "7ba3a256": how tokens are written everywhere (as `ip mptcp monitor` does). */
    public String tokenHex() {
        return String.format("%08x", token);
    }

    public Connection withSubflows(UnaryOperator<SubflowInfo> f) {
        return new Connection(token, state, serverSide, denyJoinId0, partial, announced,
                subflows.stream().map(f).toList(), since, closedAt);
    }
}
