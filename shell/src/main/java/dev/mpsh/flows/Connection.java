package dev.mpsh.flows;

import dev.mpsh.mptcp.MptcpInfo;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One MPTCP connection as a namespace sees it. The initial subflow is the first in subflows.
 *
 * @param token this side's connection token (the two ends have different tokens)
 * @param serverSide the connection was accepted here (event flag SERVER_SIDE, or the subflows'
 *     MPTCP flags in the kernel's socket list)
 * @param denyJoinId0 the peer set the C flag: no joins to its initial address and port; null when
 *     unknown (only the CREATED/ESTABLISHED events tell, and mpsh saw neither)
 * @param partial the model lacks subflows the kernel has (events were lost, or the kernel's socket
 *     list could not tell which subflows are this connection's)
 * @param openedBeforeWatch first seen in the kernel's socket list, not in events: it began before
 *     mpsh watched, so announcements made before then are not known
 * @param info the connection's struct mptcp_info at the last reading of the kernel's list, or null
 * @param closedAt null while open; a closed connection stays listed for a while
 */
public record Connection(
        long token, ConnectionState state, boolean serverSide, Boolean denyJoinId0, boolean partial,
        boolean openedBeforeWatch, MptcpInfo info,
        List<Announced> announced, List<SubflowInfo> subflows, Instant since, Instant closedAt) {

    public boolean closed() {
        return state == ConnectionState.CLOSED;
    }

    /** The initial subflow, or null when neither the events nor the kernel showed one. */
    public SubflowInfo initial() {
        return subflows.stream().filter(SubflowInfo::initial).findFirst().orElse(null);
    }

    /** "7ba3a256": how tokens are written everywhere (as `ip mptcp monitor` does). */
    public String tokenHex() {
        return String.format("%08x", token);
    }

    /** The subflow's part of the bytes its connection's subflows moved, 0..1; null without counters. */
    public Double share(SubflowInfo s) {
        if (s.traffic() == null) {
            return null;
        }
        long total = subflows.stream().filter(x -> x.traffic() != null).mapToLong(x -> x.traffic().moved()).sum();
        return total == 0 ? null : (double) s.traffic().moved() / total;
    }

    /** The sum of the open subflows' rates, bytes per second; null when none has one. */
    public Double rate() {
        Double sum = null;
        for (SubflowInfo s : subflows) {
            Double r = s.rate();
            if (r != null) {
                sum = (sum == null ? 0 : sum) + r;
            }
        }
        return sum;
    }

    public Connection withSubflows(UnaryOperator<SubflowInfo> f) {
        return new Connection(token, state, serverSide, denyJoinId0, partial, openedBeforeWatch, info, announced,
                subflows.stream().map(f).toList(), since, closedAt);
    }
}
