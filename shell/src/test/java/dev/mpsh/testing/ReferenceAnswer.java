package dev.mpsh.testing;

/**
 * The scenario's reference answer (DESIGN §1.3), typed as plain ip/sysctl commands in each
 * namespace — deliberately not through mpsh, so tests check the lab, not mpsh against itself.
 */
public final class ReferenceAnswer {
    private ReferenceAnswer() {
    }

    /** The real namespace name of a scenario namespace in lab {@code lab}. */
    public static String ns(String lab, String name) {
        return "default".equals(lab) ? name : lab + "-" + name;
    }

    public static void apply(String lab) {
        String client = ns(lab, "client");
        Run.inNs(client, "ip", "mptcp", "endpoint", "flush");
        Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.81.10", "dev", "eth1", "subflow", "fullmesh");
        Run.inNs(client, "ip", "mptcp", "endpoint", "add", "10.0.82.10", "dev", "eth2", "subflow", "fullmesh");
        Run.inNs(client, "ip", "mptcp", "limits", "set", "subflow", "2", "add_addr_accepted", "2");

        Run.inNs(ns(lab, "LB"), "sysctl", "-w", "net.ipv4.conf.all.accept_local=1",
                "net.ipv4.conf.veth-lb-rt.accept_local=1", "net.ipv4.conf.veth-lb-br.accept_local=1");

        for (int n = 1; n <= 2; n++) {
            String app = ns(lab, "app-" + n);
            Run.inNs(app, "sysctl", "-w", "net.mptcp.allow_join_initial_addr_port=0");
            Run.inNs(app, "ip", "mptcp", "limits", "set", "subflow", "2", "add_addr_accepted", "2");
            Run.inNs(app, "ip", "addr", "add", "10.0.83.1/32", "dev", "lo");
            Run.inNs(app, "sysctl", "-w", "net.ipv4.conf.all.arp_ignore=1", "net.ipv4.conf.all.arp_announce=2");
            Run.inNs(app, "ip", "mptcp", "endpoint", "add", "10.0.83.1", "dev", "veth-app" + n,
                    "port", "808" + n, "signal");
        }
    }
}
