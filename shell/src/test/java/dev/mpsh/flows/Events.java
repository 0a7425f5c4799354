package dev.mpsh.flows;

import dev.mpsh.mptcp.PmEvent;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Path-manager events as the kernel sends them, written the way `ip mptcp monitor` shows them. */
final class Events {
    static final long TOKEN = 0x7ba3a256L;

    private Events() {
    }

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static PmEvent conn(int type, long token, String saddr, int sport, String daddr, int dport, Integer flags) {
        return new PmEvent(type, token, 2, 0, 0, ip(saddr), ip(daddr), sport, dport,
                null, null, flags, null, null, null, null, null);
    }

    static PmEvent sub(int type, long token, int locId, String saddr, int sport, String daddr, int dport,
                       Integer ifindex, Integer error) {
        return new PmEvent(type, token, 2, locId, 0, ip(saddr), ip(daddr), sport, dport,
                0, error, null, null, ifindex, null, null, null);
    }

    static PmEvent announced(long token, int remId, String daddr, int dport) {
        return new PmEvent(PmEvent.ANNOUNCED, token, null, null, remId, null, ip(daddr), null, dport,
                null, null, null, null, null, null, null, null);
    }

    static PmEvent closed(long token) {
        return new PmEvent(PmEvent.CLOSED, token, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    static PmEvent of(int type) {
        return new PmEvent(type, TOKEN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** The client's events on the fixed lab (DESIGN §1.4), app-1 picked: port 8081. */
    static PmEvent[] fixedLabClient() {
        return new PmEvent[] {
            conn(PmEvent.CREATED, TOKEN, "10.0.81.10", 49162, "10.0.83.1", 80, 1),
            conn(PmEvent.ESTABLISHED, TOKEN, "10.0.81.10", 49162, "10.0.83.1", 80, 1),
            announced(TOKEN, 1, "10.0.83.1", 8081),
            sub(PmEvent.SUB_ESTABLISHED, TOKEN, 0, "10.0.81.10", 49015, "10.0.83.1", 8081, 2, null),
            sub(PmEvent.SUB_ESTABLISHED, TOKEN, 2, "10.0.82.10", 49021, "10.0.83.1", 8081, 3, null),
        };
    }

    /** The same connection as app-1 saw it (its own token; no ifindex on the accepting side). */
    static PmEvent[] fixedLabApp1() {
        long t = 0x8df328dcL;
        return new PmEvent[] {
            conn(PmEvent.CREATED, t, "10.0.83.1", 80, "10.0.81.10", 49162, 2),
            conn(PmEvent.ESTABLISHED, t, "10.0.83.1", 80, "10.0.81.10", 49162, 2),
            sub(PmEvent.SUB_ESTABLISHED, t, 0, "10.0.83.1", 8081, "10.0.81.10", 49015, null, null),
            sub(PmEvent.SUB_ESTABLISHED, t, 0, "10.0.83.1", 8081, "10.0.82.10", 49021, null, null),
        };
    }

    /** The client's interfaces: ifindex 2 eth1 (10.0.81.10), 3 eth2 (10.0.82.10). */
    static final IfaceNames CLIENT_IFACES = (ifindex, local) -> {
        if (ifindex != null) {
            return ifindex == 2 ? "eth1" : ifindex == 3 ? "eth2" : null;
        }
        String a = local == null ? "" : local.getHostAddress();
        return a.equals("10.0.81.10") ? "eth1" : a.equals("10.0.82.10") ? "eth2" : null;
    };
}
