package dev.mpsh.flows;

import java.time.Instant;

/**
 * One subflow as a namespace sees it: local is this namespace's side.
 *
 * @param initial true for the connection's first subflow (from CREATED/ESTABLISHED)
 * @param iface the local interface name, or null when the kernel did not say and the local
 *     address did not tell (a subflow is bound to a device only on the side that opened it)
 * @param ifaceDown that interface is down now: the kernel keeps such a subflow open (it closes
 *     it only when TCP gives up, minutes later) but it carries nothing
 * @param error the subflow's errno from SUB_CLOSED/SUB_ESTABLISHED (111 ECONNREFUSED…), or null
 * @param resetReason MP_TCPRST reason (0 unspecified, 1 MPTCP error, 2 resource, 3 prohibited,
 *     4 too much outstanding data, 5 bad performance, 6 middlebox) or null if none was received
 * @param closedAt null while open
 * @param traffic bytes and RTT, for the built-in client's connections only; else null
 * @param placement for client-side subflows once joined with backends; else null
 */
public record SubflowInfo(
        boolean initial, Endpoint local, Endpoint remote, int localId, int remoteId, String iface, boolean ifaceDown,
        SubflowState state, boolean backup, Integer error, Long resetReason, Long resetFlags,
        Instant since, Instant closedAt, Traffic traffic, Placement placement) {

    public boolean closed() {
        return state == SubflowState.CLOSED;
    }

    public SubflowInfo withTraffic(Traffic t) {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, ifaceDown, state, backup, error,
                resetReason, resetFlags, since, closedAt, t, placement);
    }

    public SubflowInfo withIfaceDown(boolean down) {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, down, state, backup, error,
                resetReason, resetFlags, since, closedAt, traffic, placement);
    }

    public SubflowInfo withPlacement(Placement p) {
        return new SubflowInfo(initial, local, remote, localId, remoteId, iface, ifaceDown, state, backup, error,
                resetReason, resetFlags, since, closedAt, traffic, p);
    }
}
