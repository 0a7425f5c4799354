package dev.mpsh.flows;

import dev.mpsh.sockdiag.SubflowAttrs;
import java.time.Instant;

/**
 * One subflow as a namespace sees it: local is this namespace's side.
 *
 * @param initial true for the connection's first subflow (CREATED/ESTABLISHED, or MP_CAPABLE in
 *     the kernel's socket list)
 * @param iface the local interface name, or null when the kernel did not say and the local
 *     address did not tell (a subflow is bound to a device only on the side that opened it)
 * @param ifaceDown that interface is down now: the kernel keeps such a subflow open (it closes
 *     it only when TCP gives up, minutes later) but it carries nothing
 * @param backup a backup subflow, either side's wish (event BACKUP, or the B/b flags in the socket list)
 * @param error the subflow's errno from SUB_CLOSED/SUB_ESTABLISHED (111 ECONNREFUSED…), or null
 * @param resetReason MP_TCPRST reason (0 unspecified, 1 MPTCP error, 2 resource, 3 prohibited,
 *     4 too much outstanding data, 5 bad performance, 6 middlebox) or null if none was received
 * @param closedAt null while open
 * @param traffic the last tcp_info reading from the kernel's socket list, or null
 * @param attrs the MPTCP subflow attributes at that reading (tokens, ids, flags), or null
 * @param placement for client-side subflows once joined with backends; else null
 */
public record SubflowInfo(
        boolean initial, Endpoint local, Endpoint remote, int localId, int remoteId, String iface, boolean ifaceDown,
        SubflowState state, boolean backup, Integer error, Long resetReason, Long resetFlags,
        Instant since, Instant closedAt, Traffic traffic, SubflowAttrs attrs, Placement placement) {

    public boolean closed() {
        return state == SubflowState.CLOSED;
    }

    /** Bytes per second at the last reading, while open; else null. */
    public Double rate() {
        return closed() || traffic == null ? null : traffic.rate();
    }

    public SubflowInfo withIfaceDown(boolean down) {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, down, state, backup, error,
                resetReason, resetFlags, since, closedAt, traffic, attrs, placement);
    }

    public SubflowInfo withPlacement(Placement p) {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, ifaceDown, state, backup, error,
                resetReason, resetFlags, since, closedAt, traffic, attrs, p);
    }
}
