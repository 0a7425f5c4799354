package dev.mpsh.api;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code probe KIND NS ...} lines of a scenario file (see {@link ScenarioParser}). */
final class ProbeSyntax {
    static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern LIMIT = Pattern.compile("([a-z_]+)>=(\\d{1,3})");
    private static final Pattern NFT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,255}");
    /** The table names ip-rule(8) knows without /etc/iproute2/rt_tables (<linux/rtnetlink.h> RT_TABLE_*). */
    private static final Map<String, Long> RULE_TABLES = Map.of("main", 254L, "local", 255L, "default", 253L);

    /** What the parser lends: declared namespaces, port syntax, and errors that carry the line. */
    interface Context {
        String namespace(String name) throws ScenarioFormatException;

        int port(String s) throws ScenarioFormatException;

        ScenarioFormatException error(String problem);
    }

    private ProbeSyntax() {
    }

    static Probe parse(List<String> w, Context ctx) throws ScenarioFormatException {
        if (w.size() < 2) {
            throw ctx.error("probe needs a kind and a namespace, e.g. 'probe sysctl app-1 net.ipv4.ip_forward = 1'");
        }
        String kind = w.get(0);
        String ns = ctx.namespace(w.get(1));
        List<String> a = w.subList(2, w.size());
        switch (kind) {
            case "sysctl" -> {
                if (a.size() != 3 || !a.get(1).equals("=")) {
                    throw ctx.error("probe sysctl needs 'sysctl NS KEY = VALUE', e.g. 'probe sysctl LB net.ipv4.conf.all.accept_local = 1'");
                }
                if (!a.get(0).matches("[A-Za-z0-9_.-]+(\\.[A-Za-z0-9_-]+)+") || a.get(0).contains("..")) {
                    throw ctx.error("sysctl key '" + a.get(0) + "' is not a dotted sysctl name like net.ipv4.ip_forward");
                }
                return new Probe.Sysctl(ns, a.get(0), a.get(2));
            }
            case "address" -> {
                if (a.size() != 3 || !a.get(1).equals("has")) {
                    throw ctx.error("probe address needs 'address NS DEV has ADDR/PREFIX', e.g. 'probe address app-1 lo has 10.0.83.1/32'");
                }
                return new Probe.Address(ns, a.get(0), cidr(a.get(2), ctx));
            }
            case "endpoint" -> {
                return endpoint(ns, a, ctx);
            }
            case "limits" -> {
                if (a.isEmpty()) {
                    throw ctx.error("probe limits needs at least one of subflows>=N add_addr_accepted>=N");
                }
                Map<String, Integer> min = new LinkedHashMap<>();
                for (String s : a) {
                    var m = LIMIT.matcher(s);
                    if (!m.matches() || !Probe.Limits.KEYS.contains(m.group(1))) {
                        throw ctx.error("limit '" + s + "' is not subflows>=N or add_addr_accepted>=N");
                    }
                    min.put(m.group(1), Integer.parseInt(m.group(2)));
                }
                return new Probe.Limits(ns, min);
            }
            case "rule" -> {
                return rule(ns, a, ctx);
            }
            case "nft" -> {
                return nft(ns, a, ctx);
            }
            default -> throw ctx.error("unknown probe kind '" + kind + "'; expected sysctl, address, endpoint, limits, rule or nft");
        }
    }

    private static Probe endpoint(String ns, List<String> a, Context ctx) throws ScenarioFormatException {
        String usage = "probe endpoint needs 'endpoint NS ADDR [dev DEV] [port P] flags F[,F...]'";
        if (a.isEmpty() || !isAddress(a.get(0))) {
            throw ctx.error(usage + "; '" + (a.isEmpty() ? "" : a.get(0)) + "' is not an address");
        }
        String dev = null;
        int port = 0;
        Set<String> flags = null;
        for (int i = 1; i < a.size(); i += 2) {
            if (i + 1 >= a.size()) {
                throw ctx.error(usage + "; '" + a.get(i) + "' needs a value");
            }
            String v = a.get(i + 1);
            switch (a.get(i)) {
                case "dev" -> dev = v;
                case "port" -> port = ctx.port(v);
                case "flags" -> {
                    flags = new LinkedHashSet<>(List.of(v.split(",")));
                    for (String f : flags) {
                        if (!Probe.Endpoint.FLAGS.contains(f)) {
                            throw ctx.error("endpoint flag '" + f + "' is unknown; expected " + String.join(", ", Probe.Endpoint.FLAGS));
                        }
                    }
                }
                default -> throw ctx.error(usage + "; '" + a.get(i) + "' is not dev, port or flags");
            }
        }
        if (flags == null) {
            throw ctx.error(usage + "; the flags are missing");
        }
        return new Probe.Endpoint(ns, a.get(0), dev, port, flags);
    }

    /** {@code rule NS from ADDR[/LEN] table TABLE}. */
    private static Probe rule(String ns, List<String> a, Context ctx) throws ScenarioFormatException {
        if (a.size() != 4 || !a.get(0).equals("from") || !a.get(2).equals("table")) {
            throw ctx.error("probe rule needs 'rule NS from ADDR table TABLE', e.g. 'probe rule client from 10.0.82.10 table 102'");
        }
        String from = a.get(1).contains("/") ? cidr(a.get(1), ctx) : a.get(1) + (a.get(1).contains(":") ? "/128" : "/32");
        if (!isAddress(from.substring(0, from.indexOf('/')))) {
            throw ctx.error("'" + a.get(1) + "' is not an address or ADDR/PREFIX, e.g. 10.0.82.10");
        }
        Long table = RULE_TABLES.get(a.get(3));
        if (table == null) {
            if (!a.get(3).matches("\\d{1,10}") || Long.parseLong(a.get(3)) < 1 || Long.parseLong(a.get(3)) > 0xffffffffL) {
                throw ctx.error("table '" + a.get(3) + "' is not a table number (1 to 4294967295) or main, local, default");
            }
            table = Long.parseLong(a.get(3));
        }
        return new Probe.Rule(ns, from, table);
    }

    /** {@code nft NS FAMILY TABLE CHAIN without tcp-option OPTION}. */
    private static Probe nft(String ns, List<String> a, Context ctx) throws ScenarioFormatException {
        String usage = "probe nft needs 'nft NS FAMILY TABLE CHAIN without tcp-option OPTION', e.g. "
                + "'probe nft firewall inet fw from-wifi without tcp-option mptcp'";
        if (a.size() != 6 || !a.get(3).equals("without") || !a.get(4).equals("tcp-option")) {
            throw ctx.error(usage);
        }
        if (!Probe.Nft.FAMILIES.contains(a.get(0))) {
            throw ctx.error("nft family '" + a.get(0) + "' is unknown; expected " + String.join(", ", Probe.Nft.FAMILIES));
        }
        for (String name : a.subList(1, 3)) {
            if (!NFT_NAME.matcher(name).matches()) {
                throw ctx.error("nft table or chain name '" + name + "' is not valid; use letters, digits, '_', '-', '.'");
            }
        }
        Integer option = Probe.Nft.TCP_OPTIONS.get(a.get(5));
        if (option == null) {
            if (!a.get(5).matches("\\d{1,3}") || Integer.parseInt(a.get(5)) > 255) {
                throw ctx.error("tcp-option '" + a.get(5) + "' is not a TCP option kind (0 to 255) or one of "
                        + String.join(", ", Probe.Nft.TCP_OPTIONS.keySet().stream().sorted().toList()));
            }
            option = Integer.parseInt(a.get(5));
        }
        return new Probe.Nft(ns, a.get(0), a.get(1), a.get(2), option);
    }

    private static String cidr(String s, Context ctx) throws ScenarioFormatException {
        int slash = s.indexOf('/');
        if (slash < 0 || !isAddress(s.substring(0, slash)) || !s.substring(slash + 1).matches("\\d{1,3}")
                || Integer.parseInt(s.substring(slash + 1)) > (s.contains(":") ? 128 : 32)) {
            throw ctx.error("'" + s + "' is not ADDR/PREFIX, e.g. 10.0.83.1/32");
        }
        return s;
    }

    private static boolean isAddress(String s) {
        return IPV4.matcher(s).matches() || (s.contains(":") && s.matches("[0-9A-Fa-f:.]+"));
    }

}
