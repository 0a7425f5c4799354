package dev.mpsh.lab;

import dev.mpsh.api.Check;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and addresses for help texts and error hints, taken from the lab's scenario so that
 * examples can be typed as they are; placeholders when the scenario is unknown.
 *
 * @param client  the client side's namespace (where check connects from)
 * @param server  a server's name ({@code lab logs NAME})
 * @param serverNs that server's namespace
 * @param other   a namespace that is neither, e.g. a router (else serverNs)
 * @param watched the namespaces the subflow tables watch by default, joined with blanks
 * @param target  the address check grades, ADDR:PORT
 * @param iface   an interface of the client namespace
 * @param fix     a fix id, and {@code fixWithDeps} one that requires another (else the same)
 */
public record Examples(String client, String server, String serverNs, String other, String watched, String target,
                       String iface, String fix, String fixWithDeps) {

    /** What help shows when no scenario is known. */
    public static final Examples PLACEHOLDERS = new Examples("client", "server", "server", "router", "client server",
            "192.0.2.1:80", "eth0", "FIX-ID", "FIX-ID");

    /** The examples of a scenario; PLACEHOLDERS for null. */
    public static Examples of(Scenario sc) {
        if (sc == null || sc.namespaces().isEmpty()) {
            return PLACEHOLDERS;
        }
        List<String> watched = ScenarioRoles.watchedNamespaces(sc);
        String client = watched.get(0);
        Server first = firstBackend(sc);
        String server = first == null ? PLACEHOLDERS.server() : first.name();
        String serverNs = first == null ? client : first.namespace();
        String other = sc.namespaces().stream().filter(n -> !watched.contains(n)).findFirst().orElse(serverNs);
        Check c = sc.check();
        String target = c == null ? PLACEHOLDERS.target() : c.address() + ":" + c.port();
        String fix = sc.fixes().isEmpty() ? PLACEHOLDERS.fix() : sc.fixes().get(0).id();
        String withDeps = sc.fixes().stream().filter(f -> !f.requires().isEmpty()).map(f -> f.id()).findFirst().orElse(fix);
        return new Examples(client, server, serverNs, other, String.join(" ", watched), target,
                firstInterface(sc, client), fix, withDeps);
    }

    /** The address of target without the port. */
    public String targetAddress() {
        return target.substring(0, target.lastIndexOf(':'));
    }

    private static Server firstBackend(Scenario sc) {
        if (sc.check() != null && !sc.check().backends().isEmpty()) {
            return sc.server(sc.check().backends().get(0).server()).orElse(null);
        }
        return sc.servers().isEmpty() ? null : sc.servers().get(0);
    }

    /** The first device the scenario's commands in ns name with 'dev', other than lo. */
    private static String firstInterface(Scenario sc, String ns) {
        List<NsCommand> all = new ArrayList<>(sc.setup());
        sc.fixes().forEach(f -> all.addAll(f.apply()));
        for (NsCommand cmd : all) {
            List<String> w = cmd.words();
            for (int i = 0; cmd.namespace().equals(ns) && i + 1 < w.size(); i++) {
                if (w.get(i).equals("dev") && !w.get(i + 1).equals("lo")) {
                    return w.get(i + 1);
                }
            }
        }
        return PLACEHOLDERS.iface();
    }
}
