package dev.mpsh.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declarative check of kernel state in one namespace. The engine evaluates each kind by reading
 * the kernel (sysctls under /proc/sys, addresses and MPTCP endpoints and limits over netlink),
 * never by parsing command output. In a scenario file a probe is written
 * {@code probe KIND NS ...}; {@link #describe()} gives that form back.
 */
public sealed interface Probe {

    /** The scenario namespace whose state it reads. */
    String namespace();

    /** The probe as written in a scenario file (after {@code probe }). */
    String describe();

    /** {@code sysctl NS KEY = VALUE}: the sysctl KEY (dotted, as sysctl(8) names it) reads VALUE. */
    record Sysctl(String namespace, String key, String value) implements Probe {
        @Override
        public String describe() {
            return "sysctl " + namespace + " " + key + " = " + value;
        }
    }

    /** {@code address NS DEV has ADDR/PREFIX}: DEV carries that address. */
    record Address(String namespace, String device, String cidr) implements Probe {
        @Override
        public String describe() {
            return "address " + namespace + " " + device + " has " + cidr;
        }
    }

    /**
     * {@code endpoint NS ADDR [dev DEV] [port P] flags F[,F...]}: an MPTCP endpoint for ADDR with
     * at least these flags (and that device and port when given).
     *
     * @param device null when any device will do
     * @param port   0 when any port (or none) will do
     */
    record Endpoint(String namespace, String address, String device, int port, Set<String> flags)
            implements Probe {
        /** The flags ip-mptcp(8) knows. */
        public static final List<String> FLAGS = List.of("signal", "subflow", "backup", "fullmesh", "implicit");

        public Endpoint {
            flags = Set.copyOf(flags);
        }

        @Override
        public String describe() {
            return "endpoint " + namespace + " " + address
                    + (device == null ? "" : " dev " + device)
                    + (port == 0 ? "" : " port " + port)
                    + " flags " + String.join(",", flags.stream().sorted().toList());
        }
    }

    /**
     * {@code limits NS subflows>=N add_addr_accepted>=N}: the MPTCP path manager's limits are at
     * least these. Keys are {@link #KEYS}.
     */
    record Limits(String namespace, Map<String, Integer> atLeast) implements Probe {
        public static final List<String> KEYS = List.of("subflows", "add_addr_accepted");

        public Limits {
            atLeast = Map.copyOf(atLeast);
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("limits " + namespace);
            for (String k : KEYS) {
                if (atLeast.containsKey(k)) {
                    sb.append(' ').append(k).append(">=").append(atLeast.get(k));
                }
            }
            return sb.toString();
        }
    }
    /**
     * {@code rule NS from ADDR[/LEN] table TABLE}: a policy-routing rule sends traffic from that
     * source to that routing table ({@code ip rule add from ADDR table TABLE}).
     *
     * @param from  the source prefix as ADDR/LEN (a bare address is /32)
     * @param table the table number; main is 254, local 255, default 253
     */
    record Rule(String namespace, String from, long table) implements Probe {
        @Override
        public String describe() {
            return "rule " + namespace + " from " + from + " table " + table;
        }
    }

    /**
     * {@code nft NS FAMILY TABLE CHAIN without tcp-option OPTION}: no rule of that nftables chain
     * matches on, rewrites or strips the TCP option (a chain or table that does not exist has no
     * such rule either).
     *
     * @param family    ip, ip6, inet, arp, bridge or netdev
     * @param tcpOption the TCP option kind, e.g. 30 for MPTCP
     */
    record Nft(String namespace, String family, String table, String chain, int tcpOption) implements Probe {
        /** Families as nft(8) names them. */
        public static final List<String> FAMILIES = List.of("ip", "ip6", "inet", "arp", "bridge", "netdev");
        /** TCP option names nft(8) knows that a scenario may use, by kind (RFC 8684: MPTCP is 30). */
        public static final Map<String, Integer> TCP_OPTIONS = Map.of("mptcp", 30, "maxseg", 2, "window", 3,
                "sack-perm", 4, "sack", 5, "timestamp", 8);

        @Override
        public String describe() {
            String name = TCP_OPTIONS.entrySet().stream().filter(e -> e.getValue() == tcpOption)
                    .map(Map.Entry::getKey).findFirst().orElse(String.valueOf(tcpOption));
            return "nft " + namespace + " " + family + " " + table + " " + chain + " without tcp-option " + name;
        }
    }
}
