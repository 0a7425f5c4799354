package dev.mpsh.flows;

import dev.mpsh.output.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The human form of a {@link FlowsSnapshot}: per namespace a status line, then one row per
 * connection followed by one per subflow. Lines are cut to the terminal width. docs/subflows.md
 * explains every column.
 */
public final class SubflowTable {
    private static final List<String> HEADERS = List.of(
            "TOKEN", "SUBFLOW", "IFACE", "LOCAL", "REMOTE", "STATE", "FLAGS", "BACKEND", "SENT", "RECV", "RTT", "NOTE");
    private static final int SENT = 8;
    private static final int RTT = 10;

    private SubflowTable() {
    }

    /** The table as lines, each at most width columns (0: no limit). */
    public static List<String> lines(FlowsSnapshot snap, Style style, int width) {
        List<String> out = new ArrayList<>();
        for (NamespaceFlows ns : snap.namespaces()) {
            out.add(cut(style.bold(ns.namespace()) + ": " + summary(ns), ns.namespace().length() + 2 + summary(ns).length(), width));
            if (!ns.health().complete()) {
                String p = "INCOMPLETE: " + ns.health().problem();
                out.add(cut("  " + style.red(p), 2 + p.length(), width));
            }
            List<List<String>> rows = rows(ns, snap);
            if (rows.isEmpty()) {
                continue;
            }
            boolean traffic = rows.stream().anyMatch(r -> !r.get(SENT).isEmpty());
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(rows);
            int[] w = new int[HEADERS.size()];
            for (List<String> r : all) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = Math.max(w[i], r.get(i).length());
                }
            }
            for (int k = 0; k < all.size(); k++) {
                List<String> r = all.get(k);
                StringBuilder plain = new StringBuilder("  ");
                for (int i = 0; i < w.length; i++) {
                    if (!traffic && i >= SENT && i <= RTT) {
                        continue;
                    }
                    plain.append(r.get(i)).append(" ".repeat(w[i] - r.get(i).length() + 2));
                }
                String line = plain.toString().stripTrailing();
                String shown = k == 0 ? style.bold(line) : colour(style, r, line);
                out.add(cut(shown, line.length(), width));
            }
        }
        if (snap.namespaces().isEmpty()) {
            out.add("no namespace is watched");
        }
        return out;
    }

    private static String summary(NamespaceFlows ns) {
        long open = ns.connections().stream().filter(c -> !c.closed()).count();
        long subflows = ns.connections().stream().flatMap(c -> c.subflows().stream()).filter(s -> !s.closed()).count();
        long listening = ns.listeners().stream().filter(l -> !l.closed()).count();
        return open + " open connection(s), " + subflows + " open subflow(s), " + listening + " listener(s); "
                + ns.events() + " events" + (ns.lost() > 0 ? ", lost " + ns.lost() + " time(s)" : "");
    }

    private static List<List<String>> rows(NamespaceFlows ns, FlowsSnapshot snap) {
        List<List<String>> rows = new ArrayList<>();
        for (Connection c : ns.connections()) {
            String flags = (c.denyJoinId0() ? "C" : "") + (c.serverSide() ? "S" : "");
            List<String> notes = new ArrayList<>();
            for (Announced a : c.announced()) {
                notes.add((a.removed() ? "removed " : "announced ") + (a.endpoint() == null ? "?" : a.endpoint()) + " id " + a.id());
            }
            if (c.partial()) {
                notes.add("partial: began before mpsh watched, or events were lost");
            }
            if (c.closed()) {
                notes.add("closed " + Words.ago(c.closedAt(), snap.at()));
            }
            SubflowInfo init = c.initial();
            String backend = init != null && init.placement() != null ? init.placement().describe() : "";
            rows.add(List.of(c.tokenHex(), "conn", "", "", "", c.state().word(), flags, backend, "", "", "",
                    String.join("; ", notes)));
            for (SubflowInfo s : c.subflows()) {
                rows.add(subflow(s, snap));
            }
        }
        return rows;
    }

    private static List<String> subflow(SubflowInfo s, FlowsSnapshot snap) {
        List<String> notes = new ArrayList<>();
        if (s.ifaceDown()) {
            notes.add(s.iface() + " is down: open but carrying nothing");
        }
        if (s.error() != null) {
            notes.add("error " + Words.errno(s.error()));
        }
        if (s.resetReason() != null) {
            notes.add("reset: " + Words.resetReason(s.resetReason()));
        }
        if (s.closed() && s.closedAt() != null) {
            notes.add("closed " + Words.ago(s.closedAt(), snap.at()));
        }
        Traffic t = s.traffic();
        return List.of("", s.initial() ? "initial" : "join", s.iface() == null ? "-" : s.iface(),
                s.local().toString(), s.remote().toString(), s.state().word(), s.backup() ? "B" : "",
                s.placement() == null ? "" : s.placement().describe(),
                t == null ? "" : Words.bytes(t.bytesSent()), t == null ? "" : Words.bytes(t.bytesReceived()),
                t == null ? "" : Words.rtt(t.rttMicros()), String.join("; ", notes));
    }

    private static String colour(Style style, List<String> r, String line) {
        String state = r.get(5);
        String backend = r.get(7);
        if (state.equals("closed")) {
            return style.dim(line);
        }
        if (backend.startsWith("refused") || backend.startsWith("failed") || r.get(11).contains("is down")) {
            return style.yellow(line);
        }
        return line;
    }

    /** Cuts a (possibly coloured) line whose visible length is visible to width columns. */
    private static String cut(String shown, int visible, int width) {
        if (width <= 0 || visible <= width) {
            return shown;
        }
        String plain = shown.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.substring(0, Math.max(0, width - 1)) + "…";
    }
}
