package dev.mpsh.flows;

import dev.mpsh.linux.TcpInfo;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.sockdiag.SockId;
import dev.mpsh.output.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The human form of a {@link FlowsSnapshot}: per namespace a status line, then one row per
 * connection followed by one per subflow. Lines are cut to the terminal width. docs/subflows.md
 * explains every column.
 */
public final class SubflowTable {
    private static final List<String> HEADERS = List.of(
            "TOKEN", "SUBFLOW", "IFACE", "LOCAL", "REMOTE", "STATE", "FLAGS", "BACKEND",
            "SENT", "RECV", "RATE", "SHARE", "RTT", "RETRANS", "ACKED", "SEGS OUT/IN", "CWND", "DELIVERY", "NOTE");
    private static final int STATE = 5;
    private static final int BACKEND = 7;
    /** The counter columns: shown only when some row has counters. */
    private static final int FIRST_COUNTER = 8;
    /** From here the wide ones, shown with {@code --wide}. */
    private static final int FIRST_WIDE = 14;
    private static final int NOTE = HEADERS.size() - 1;

    private SubflowTable() {
    }

    /** The table as lines, each at most width columns (0: no limit), without the wide counters. */
    public static List<String> lines(FlowsSnapshot snap, Style style, int width) {
        return lines(snap, style, width, false);
    }

    /** The table as lines; wide adds acked bytes, segments, cwnd and the delivery rate. */
    public static List<String> lines(FlowsSnapshot snap, Style style, int width, boolean wide) {
        List<String> out = new ArrayList<>();
        for (NamespaceFlows ns : snap.namespaces()) {
            String summary = summary(ns);
            out.add(cut(style.bold(ns.namespace()) + ": " + summary, ns.namespace().length() + 2 + summary.length(), width));
            if (!ns.health().complete()) {
                String p = "INCOMPLETE: " + ns.health().problem();
                out.add(cut("  " + style.red(p), 2 + p.length(), width));
            }
            for (String note : ns.notes()) {
                out.add(cut("  " + style.yellow(note), 2 + note.length(), width));
            }
            List<List<String>> rows = rows(ns, snap);
            if (!rows.isEmpty()) {
                table(out, rows, style, width, wide);
            }
        }
        new TreeMap<>(snap.unwatched()).forEach((name, problem) -> {
            String p = name + ": cannot watch: " + problem;
            out.add(cut(style.red(p), p.length(), width));
        });
        if (snap.namespaces().isEmpty() && snap.unwatched().isEmpty()) {
            out.add("no namespace is watched");
        }
        return out;
    }

    private static void table(List<String> out, List<List<String>> rows, Style style, int width, boolean wide) {
        boolean counters = rows.stream().anyMatch(r -> !r.get(FIRST_COUNTER).isEmpty());
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
                boolean hidden = i >= FIRST_COUNTER && i < NOTE && (!counters || (!wide && i >= FIRST_WIDE));
                if (!hidden) {
                    plain.append(r.get(i)).append(" ".repeat(w[i] - r.get(i).length() + 2));
                }
            }
            String line = plain.toString().stripTrailing();
            String shown = k == 0 ? style.bold(line) : colour(style, r, line);
            out.add(cut(shown, line.length(), width));
        }
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
            rows.add(connection(c, snap));
            for (SubflowInfo s : c.subflows()) {
                rows.add(subflow(c, s, snap));
            }
        }
        return rows;
    }

    private static List<String> connection(Connection c, FlowsSnapshot snap) {
        boolean fallback = c.info() != null && (c.info().flags() & MptcpInfo.FLAG_FALLBACK) != 0;
        String flags = (Boolean.TRUE.equals(c.denyJoinId0()) ? "C" : "") + (c.serverSide() ? "S" : "") + (fallback ? "F" : "");
        List<String> notes = new ArrayList<>();
        for (Announced a : c.announced()) {
            notes.add((a.removed() ? "removed " : "announced ") + (a.endpoint() == null ? "?" : a.endpoint()) + " id " + a.id());
        }
        if (c.openedBeforeWatch()) {
            notes.add("began before mpsh watched" + (c.denyJoinId0() == null ? " (C flag, earlier ADD_ADDRs unknown)" : ""));
        }
        if (c.partial()) {
            notes.add("partial: the kernel lists subflows mpsh has not seen");
        }
        if (c.closed()) {
            notes.add("closed " + Words.ago(c.closedAt(), snap.at()));
        }
        SubflowInfo init = c.initial();
        String backend = init != null && init.placement() != null ? init.placement().describe() : "";
        boolean info = c.info() != null && !c.closed();
        List<String> row = new ArrayList<>(List.of(c.tokenHex(), "conn", "", "", "", c.state().word(), flags, backend,
                info ? Words.bytes(c.info().bytesSent()) : "", info ? Words.bytes(c.info().bytesReceived()) : "",
                Words.rate(c.rate()), "", "", "", info ? Words.bytes(c.info().bytesAcked()) : "", "", "", ""));
        row.add(String.join("; ", notes));
        return row;
    }

    private static List<String> subflow(Connection c, SubflowInfo s, FlowsSnapshot snap) {
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
        Traffic t = s.traffic();
        if (t != null && !s.closed() && t.tcp().state() > 3) { // past the handshake and no longer ESTAB: closing
            notes.add("tcp " + SockId.stateName(t.tcp().state()));
        }
        if (s.closed() && s.closedAt() != null) {
            notes.add("closed " + Words.ago(s.closedAt(), snap.at()));
        }
        TcpInfo i = t == null ? null : t.tcp();
        Double share = c.share(s);
        List<String> row = new ArrayList<>(List.of("", s.initial() ? "initial" : "join", s.iface() == null ? "-" : s.iface(),
                s.local().toString(), s.remote().toString(), s.state().word(), s.backup() ? "B" : "",
                s.placement() == null ? "" : s.placement().describe()));
        if (i == null) {
            row.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
        } else {
            row.addAll(List.of(Words.bytes(i.bytesSent()), Words.bytes(i.bytesReceived()), Words.rate(s.rate()),
                    share == null ? "" : Math.round(share * 100) + "%", Words.rtt(i.rttMicros()),
                    String.valueOf(i.totalRetrans()), Words.bytes(i.bytesAcked()), i.segsOut() + "/" + i.segsIn(),
                    String.valueOf(i.sndCwnd()), Words.rate((double) i.deliveryRate())));
        }
        row.add(String.join("; ", notes));
        return row;
    }

    private static String colour(Style style, List<String> r, String line) {
        String state = r.get(STATE);
        String backend = r.get(BACKEND);
        if (state.equals("closed")) {
            return style.dim(line);
        }
        if (backend.startsWith("refused") || backend.startsWith("failed") || r.get(NOTE).contains("is down")) {
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
