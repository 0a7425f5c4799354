package dev.mpsh.traffic;

import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code client --bulk} prints at the end: what was sent and came back, the goodput,
 * each subflow's bytes and share, and with --timeline the bytes per subflow per interval.
 * JSON: {@code {address, mptcp, stopped, seconds, sent, echoed, in_flight, lost, corrupted,
 * first_corrupted_at, intact, goodput_bps, error, subflows: [...], timeline: [...]|null}}.
 */
public record BulkReport(String address, BulkDriver.Outcome outcome, LinkNames names, Timeline timeline) implements Output {

    /** 0: every byte came back unchanged; 1: something was lost or changed or the connection failed. */
    public int status() {
        BulkTransfer.Totals t = outcome.totals();
        boolean clean = t.corrupted() == 0 && t.error() == null && (outcome.cancelled() || t.received() == t.sent());
        return clean ? 0 : 1;
    }

    /** Bytes sent that did not come back: lost when the echo ended, in flight when Ctrl-C stopped it. */
    long missing() {
        return outcome.totals().missing();
    }

    @Override
    public void render(PrintStream out, Style style) {
        BulkTransfer.Totals t = outcome.totals();
        out.println("connected to " + address + " with mptcp: " + outcome.mptcp());
        double secs = t.elapsedNanos() / 1e9;
        out.println((outcome.cancelled() ? "stopped by Ctrl-C: sent " : "sent ") + ByteSize.format(t.sent())
                + String.format(Locale.ROOT, " in %.1f s; ", secs) + "echoed " + ByteSize.format(t.received()) + ": " + verdict(style));
        out.println("goodput " + ByteSize.rate(t.goodputBits()) + String.format(Locale.ROOT, " (the echo, over %.2f s)", secs));
        if (t.error() != null) {
            out.println(style.red("the connection failed: " + t.error()));
        }
        List<SubflowLedger.Track> tracks = outcome.ledger().tracks();
        if (!tracks.isEmpty()) {
            out.println();
            subflowTable(tracks).render(out, style);
        } else if (!outcome.mptcp()) {
            out.println("(plain TCP: MPTCP is not in use, so there are no subflows to show)");
        }
        if (timeline != null) {
            out.println();
            TimelineTable.render(out, style, timeline, TimelineTable.titles(timeline, outcome.ledger(), names), Map.of(),
                    TimelineTable.sendingEnd(outcome, timeline));
        }
    }

    private String verdict(Style style) {
        BulkTransfer.Totals t = outcome.totals();
        List<String> bad = new ArrayList<>();
        if (t.corrupted() > 0) {
            bad.add(ByteSize.format(t.corrupted()) + " came back changed (the first at byte " + t.firstCorrupted() + ")");
        }
        if (missing() > 0) {
            bad.add(outcome.cancelled() ? ByteSize.format(missing()) + " still in flight when stopped"
                    : ByteSize.format(missing()) + " never came back");
        }
        if (bad.isEmpty()) {
            return style.green("every byte came back unchanged");
        }
        String s = String.join("; ", bad);
        return t.corrupted() > 0 || !outcome.cancelled() ? style.red(s) : s + ", the rest unchanged";
    }

    private Table subflowTable(List<SubflowLedger.Track> tracks) {
        long total = tracks.stream().mapToLong(SubflowLedger.Track::moved).sum();
        Table tb = new Table(List.of("id", "local", "remote", "link", "acked", "received", "share"),
                List.of("SUBFLOW", "LOCAL", "REMOTE", "LINK", "SENT (ACKED)", "RECEIVED", "SHARE"));
        for (SubflowLedger.Track s : tracks) {
            tb.row(String.valueOf(s.id()), addr(s.local()), addr(s.remote()), names.wan(s.local()),
                    ByteSize.format(s.bytesAcked()), ByteSize.format(s.bytesReceived()), percent(s.moved(), total));
        }
        return tb;
    }

    static String addr(java.net.InetSocketAddress a) {
        return a == null ? "?" : dev.mpsh.client.HostPort.format(a);
    }

    static String percent(long part, long total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / total);
    }

    @Override
    public Object json() {
        BulkTransfer.Totals t = outcome.totals();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", address);
        m.put("mptcp", outcome.mptcp());
        m.put("stopped", outcome.cancelled() ? "cancelled" : "done");
        m.put("seconds", Math.round(t.elapsedNanos() / 1e6) / 1e3);
        m.put("sent", t.sent());
        m.put("echoed", t.received());
        m.put("in_flight", outcome.cancelled() ? missing() : 0);
        m.put("lost", outcome.cancelled() ? 0 : missing());
        m.put("corrupted", t.corrupted());
        m.put("first_corrupted_at", t.firstCorrupted() < 0 ? null : t.firstCorrupted());
        m.put("intact", t.corrupted() == 0 && t.error() == null && (outcome.cancelled() || missing() == 0));
        m.put("goodput_bps", Math.round(t.goodputBits()));
        m.put("error", t.error());
        m.put("subflows", subflowsJson(outcome.ledger().tracks(), names));
        m.put("timeline", timeline == null ? null : TimelineTable.json(timeline));
        return m;
    }

    /** Each subflow's counters and share, for JSON (the drill uses the same shape). */
    public static List<Object> subflowsJson(List<SubflowLedger.Track> tracks, LinkNames names) {
        long total = tracks.stream().mapToLong(SubflowLedger.Track::moved).sum();
        List<Object> out = new ArrayList<>();
        for (SubflowLedger.Track s : tracks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("local", addr(s.local()));
            m.put("remote", addr(s.remote()));
            m.put("interface", names.iface(s.local()));
            m.put("wan", names.label(names.iface(s.local())));
            m.put("bytes_acked", s.bytesAcked());
            m.put("bytes_received", s.bytesReceived());
            m.put("bytes_retrans", s.bytesRetrans());
            m.put("open_at_end", s.open());
            m.put("share", total == 0 ? 0.0 : Math.round(1000.0 * s.moved() / total) / 1000.0);
            out.add(m);
        }
        return out;
    }
}
