package dev.mpsh.lab;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code lab status} shows: whether the lab is up, each namespace with its interfaces and
 * addresses (read over netlink), each server with its PID and whether it accepts connections.
 *
 * @param state     {@code up}, {@code down}, or {@code broken} (recorded, but something is missing)
 * @param halfBuilt the journal has no {@code up}: a 'lab up' was interrupted, or is still running
 */
public record LabStatus(String lab, String scenario, String state, List<Namespace> namespaces, List<ServerState> servers,
                        dev.mpsh.wan.WanStatus wans, boolean halfBuilt) implements Output {

    /** Without the WANs (they are read apart, by {@link #withWans}), of a lab built whole. */
    public LabStatus(String lab, String scenario, String state, List<Namespace> namespaces, List<ServerState> servers) {
        this(lab, scenario, state, namespaces, servers, null, false);
    }

    /** The same with each WAN's state. */
    public LabStatus withWans(dev.mpsh.wan.WanStatus w) {
        return new LabStatus(lab, scenario, state, namespaces, servers, w, halfBuilt);
    }

    public record Namespace(String name, String netns, boolean present, List<Interfaces.Iface> interfaces) {
    }

    public record ServerState(String name, String namespace, long pid, int port, boolean running, boolean accepting) {
    }

    @Override
    public void render(PrintStream out, Style style) {
        String shown = switch (state) {
            case "up" -> style.green(state);
            case "down" -> style.dim(state);
            default -> style.red(state);
        };
        out.println("lab " + lab + (scenario == null ? "" : " (" + scenario + ")") + ": " + shown);
        if (state.equals("down")) {
            out.println("'lab up' builds it.");
            return;
        }
        for (String p : problems()) {
            out.println(style.red(p));
        }
        Table ns = new Table(List.of("namespace", "netns", "interface", "state", "addresses"),
                List.of("NAMESPACE", "NETNS", "INTERFACE", "STATE", "ADDRESSES"));
        for (Namespace n : namespaces) {
            if (!n.present()) {
                ns.row(n.name(), n.netns(), new Table.Cell("(missing)", "red"), "", "");
                continue;
            }
            boolean first = true;
            for (Interfaces.Iface i : n.interfaces()) {
                ns.row(first ? n.name() : "", first ? n.netns() : "", i.name(),
                        new Table.Cell(i.up() ? "up" : "down", i.up() ? "green" : "dim"), String.join(" ", i.addresses()));
                first = false;
            }
        }
        out.println();
        ns.render(out, style);
        if (!servers.isEmpty()) {
            Table sv = new Table(List.of("server", "namespace", "pid", "port", "running", "accepting"),
                    List.of("SERVER", "NAMESPACE", "PID", "PORT", "RUNNING", "ACCEPTING"));
            for (ServerState s : servers) {
                sv.row(s.name(), s.namespace(), String.valueOf(s.pid()), String.valueOf(s.port()), yesNo(s.running()), yesNo(s.accepting()));
            }
            out.println();
            sv.render(out, style);
        }
        if (wans != null && !wans.rows().isEmpty()) {
            out.println();
            wans.render(out, style);
        }
    }

    /**
     * What is wrong, one line each with what to do: a namespace gone (nothing in it can be
     * mended, so the lab must be rebuilt), a server whose process is gone (lab up restarts it).
     */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (halfBuilt) {
            out.add("lab '" + lab + "' is half-built: a 'lab up' was interrupted, or is still running; 'lab down' removes what it made");
            return out;
        }
        for (Namespace n : namespaces) {
            if (!n.present()) {
                out.add("namespace " + n.netns() + " is gone (deleted outside mpsh); 'lab down' removes the rest of the lab, then 'lab up' builds it again");
            }
        }
        if (!out.isEmpty()) {
            return out; // the servers in a lost namespace went with it; rebuilding is the answer
        }
        for (ServerState s : servers) {
            if (!s.running()) {
                out.add("server " + s.name() + " is down (its process " + s.pid() + " is gone); 'lab up' restarts it");
            } else if (!s.accepting()) {
                out.add("server " + s.name() + " (PID " + s.pid() + ") runs but does not accept on port " + s.port() + "; 'lab logs " + s.name() + "' shows why");
            }
        }
        return out;
    }

    private static Table.Cell yesNo(boolean b) {
        return new Table.Cell(b ? "yes" : "no", b ? "green" : "red");
    }

    /** Stable JSON: documented field names, lists in scenario order. */
    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lab", lab);
        m.put("scenario", scenario);
        m.put("state", state);
        List<Object> nss = new ArrayList<>();
        for (Namespace n : namespaces) {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("name", n.name());
            nm.put("netns", n.netns());
            nm.put("present", n.present());
            List<Object> ifs = new ArrayList<>();
            for (Interfaces.Iface i : n.interfaces()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("index", i.index());
                im.put("name", i.name());
                im.put("up", i.up());
                im.put("addresses", i.addresses());
                ifs.add(im);
            }
            nm.put("interfaces", ifs);
            nss.add(nm);
        }
        m.put("namespaces", nss);
        List<Object> svs = new ArrayList<>();
        for (ServerState s : servers) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("namespace", s.namespace());
            sm.put("pid", s.pid());
            sm.put("port", s.port());
            sm.put("running", s.running());
            sm.put("accepting", s.accepting());
            svs.add(sm);
        }
        m.put("servers", svs);
        m.put("wans", wans == null ? List.of() : wans.rowsJson());
        m.put("restore_pending", wans == null ? null : wans.pending());
        m.put("problems", problems());
        return m;
    }
}
