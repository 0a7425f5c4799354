package dev.mpsh.traffic;

import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Timeline} for people: one row per interval, a column per subflow (its interface and
 * remote port), the echo, and a note where something happened (a WAN went down).
 */
public final class TimelineTable {
    private TimelineTable() {
    }

    /** Each subflow's column title: "sf1 wan0:80". */
    public static List<String> titles(Timeline t, SubflowLedger ledger, LinkNames names) {
        Map<Integer, SubflowLedger.Track> byId = new LinkedHashMap<>();
        ledger.tracks().forEach(s -> byId.put(s.id(), s));
        List<String> out = new ArrayList<>();
        for (int id : t.ids()) {
            SubflowLedger.Track s = byId.get(id);
            InetSocketAddress remote = s == null ? null : s.remote();
            out.add("sf" + id + " " + (s == null ? "?" : names.iface(s.local())) + (remote == null ? "" : ":" + remote.getPort()));
        }
        return out;
    }

    /**
     * Prints the rows; notes maps a row index to what happened in it. Rows from sendNanos on
     * (the wait for the last echo, whose length varies) are summed into one last row, "then".
     */
    public static void render(PrintStream out, Style style, Timeline t, List<String> titles, Map<Integer, String> notes,
                              long sendNanos) {
        int[] w = new int[titles.size()];
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s", "TIME"));
        for (int i = 0; i < titles.size(); i++) {
            w[i] = Math.max(9, titles.get(i).length());
            head.append("  ").append(String.format(Locale.ROOT, "%" + w[i] + "s", titles.get(i).toUpperCase(Locale.ROOT)));
        }
        head.append(String.format(Locale.ROOT, "  %9s", "ECHOED"));
        out.println(style.bold(head.toString()));
        List<Timeline.Row> rows = new ArrayList<>();
        long[] rest = new long[titles.size()];
        long restEcho = 0;
        boolean anyRest = false;
        for (Timeline.Row row : t.rows()) {
            if (row.fromNanos() < sendNanos) {
                rows.add(row);
            } else {
                anyRest = true;
                for (int i = 0; i < rest.length; i++) {
                    rest[i] += row.moved()[i];
                }
                restEcho += row.echoed();
            }
        }
        for (int r = 0; r < rows.size() + (anyRest ? 1 : 0); r++) {
            boolean last = r == rows.size();
            Timeline.Row row = last ? new Timeline.Row(sendNanos, rest, restEcho) : rows.get(r);
            StringBuilder line = new StringBuilder(last ? "  then" : String.format(Locale.ROOT, "%5.1fs", row.fromNanos() / 1e9));
            for (int i = 0; i < w.length; i++) {
                line.append("  ").append(String.format(Locale.ROOT, "%" + w[i] + "s", cell(row.moved()[i])));
            }
            line.append("  ").append(String.format(Locale.ROOT, "%9s", cell(row.echoed())));
            String note = last ? "until the last echo" : notes.get(r);
            out.println(note == null ? line.toString() : line + "  " + style.yellow("<- " + note));
        }
    }

    /** Where the rows of the sending end: the start of the interval writing stopped in (the rest is the wait for the echo). */
    public static long sendingEnd(BulkDriver.Outcome o, Timeline t) {
        return o.stoppedNanos() / t.intervalNanos() * t.intervalNanos();
    }

    /** "0" for nothing (so a silent subflow stands out), else a size. */
    static String cell(long bytes) {
        return bytes == 0 ? "0" : ByteSize.format(bytes);
    }

    /** The rows as JSON: {from_s, moved: {ID: bytes}, echoed}. */
    public static List<Object> json(Timeline t) {
        List<Object> rows = new ArrayList<>();
        for (Timeline.Row row : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from_s", Math.round(row.fromNanos() / 1e6) / 1e3);
            Map<String, Object> moved = new LinkedHashMap<>();
            for (int i = 0; i < t.ids().size(); i++) {
                moved.put(String.valueOf(t.ids().get(i)), row.moved()[i]);
            }
            m.put("moved", moved);
            m.put("echoed", row.echoed());
            rows.add(m);
        }
        return rows;
    }
}
