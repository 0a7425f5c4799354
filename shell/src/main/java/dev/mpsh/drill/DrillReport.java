package dev.mpsh.drill;

import dev.mpsh.diagnose.DiagnoseReport;
import dev.mpsh.diagnose.Diagnosis;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import dev.mpsh.traffic.BulkDriver;
import dev.mpsh.traffic.BulkReport;
import dev.mpsh.traffic.BulkTransfer;
import dev.mpsh.traffic.ByteSize;
import dev.mpsh.traffic.LinkNames;
import dev.mpsh.traffic.Timeline;
import dev.mpsh.traffic.TimelineTable;
import dev.mpsh.wan.WanFailure;
import dev.mpsh.wan.WanLink;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a drill prints: the timeline, the commands it ran and when, the bytes per WAN before,
 * during and after the failure, the longest stall, the takeover, and a verdict; when no other
 * WAN took the traffic, the fixes that are not in place in diagnose's words. JSON (stable):
 * {@code {drill, wan, label, address, mptcp, at_s, for_s, length_s, failed_at_s, restored_at_s,
 * survived, verdict, longest_stall_s, stall_from_s, takeover_s, returned_s, backup_share_before,
 * sent, echoed, lost, corrupted, goodput_bps, per_wan: {IF: {before, during, after}}, subflows,
 * commands: [{at_s, role, command}], timeline, missing_fixes}}.
 */
record DrillReport(DrillOptions options, WanLink target, List<WanLink> failing, List<WanLink> takers, String address,
                   BulkDriver.Outcome outcome, Timeline timeline, LinkNames names, DrillAnalysis analysis,
                   List<Drill.Event> events, Diagnosis.Result missing) implements Output {

    /** 0 survived, 1 did not, 130 stopped by Ctrl-C. */
    int status() {
        return outcome.cancelled() ? 130 : analysis.survived() ? 0 : 1;
    }

    @Override
    public void render(PrintStream out, Style style) {
        out.println("drill " + options.kind().word + " " + target.describe() + ": bulk echo to " + address + ", "
                + Drill.describe(failing) + " failed at " + at(analysis.failedAtNanos())
                + (analysis.restoredAtNanos() >= 0 ? ", back at " + at(analysis.restoredAtNanos()) : ""));
        int tracks = outcome.ledger().tracks().size();
        out.println("connected with mptcp: " + outcome.mptcp() + "; " + (tracks == 0
                ? (outcome.mptcp() ? "no subflow was seen" : "plain TCP has no subflows: the timeline shows the echo only")
                : tracks + (tracks == 1 ? " subflow: " : " subflows: ")
                + String.join(", ", outcome.ledger().tracks().stream().map(s -> "sf" + s.id() + " " + names.iface(s.local())
                + " -> :" + (s.remote() == null ? "?" : s.remote().getPort())).toList())));
        out.println();
        TimelineTable.render(out, style, timeline, TimelineTable.titles(timeline, outcome.ledger(), names), notes(),
                TimelineTable.sendingEnd(outcome, timeline));
        out.println();
        out.println("commands:");
        for (Drill.Event e : events) {
            out.println(String.format(Locale.ROOT, "  %7s  %s   (%s)", e.atNanos() < 0 ? "" : Drill.secs(e.atNanos()), e.command().strip(), e.role()));
        }
        out.println();
        if (tracks == 0) {
            out.println("bytes per WAN: not known (the kernel counts bytes per MPTCP subflow; this connection had none)");
        } else {
            perWan().render(out, style);
        }
        out.println();
        BulkTransfer.Totals t = outcome.totals();
        out.println("sent / echoed:   " + ByteSize.format(t.sent()) + " / " + ByteSize.format(t.received()) + ", "
                + (analysis.intact() ? style.green("every byte came back unchanged (0 lost)") : style.red(damage())));
        out.println("goodput:         " + ByteSize.rate(t.goodputBits()));
        if (analysis.failedAtNanos() >= 0) {
            out.println("longest stall:   " + Drill.secs(analysis.longestStallNanos()) + " (no echo from " + at(analysis.stallFromNanos())
                    + " to " + at(analysis.stallFromNanos() + analysis.longestStallNanos()) + ")");
            out.println("takeover:        " + (analysis.takeoverNanos() >= 0
                    ? Drill.describe(takers) + " carried the traffic " + Drill.secs(analysis.takeoverNanos()) + " after the failure"
                    : style.red("no other WAN carried the traffic while " + Drill.describe(failing) + " was down")));
            if (options.failureEnds()) {
                out.println("return:          " + (analysis.returnedNanos() >= 0
                        ? Drill.describe(failing) + " carried traffic again " + Drill.secs(analysis.returnedNanos()) + " after it came back"
                        : Drill.describe(failing) + " carried no traffic after it came back (its subflows stayed idle or closed)"));
            }
        }
        if (options.kind() == WanFailure.Kind.BACKUP && !Double.isNaN(analysis.backupShareBefore())) {
            out.println("backup share:    " + target.describe() + " carried " + pct(analysis.backupShareBefore()) + " while "
                    + Drill.describe(failing) + " worked (a backup must stay under " + pct(DrillAnalysis.BACKUP_MAX_SHARE) + ")");
        }
        String v = verdict();
        out.println(analysis.survived() ? style.green(v) : style.red(v));
        if (missing != null && !missing.findings().isEmpty()) {
            out.println();
            out.println("what keeps another WAN from taking over ('diagnose' says the same):");
            new DiagnoseReport(missing, "en").renderFindings(out, style);
        } else if (missing != null) {
            out.println("every fix is in place; the connection had no subflow on " + Drill.describe(takers)
                    + " to move to ('subflows' and 'diagnose' show the paths)");
        }
    }

    private String at(long nanos) {
        return nanos < 0 ? "-" : Drill.secs(nanos);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private String damage() {
        BulkTransfer.Totals t = outcome.totals();
        List<String> bad = new ArrayList<>();
        if (t.corrupted() > 0) {
            bad.add(ByteSize.format(t.corrupted()) + " came back changed");
        }
        if (t.missing() > 0) {
            bad.add(ByteSize.format(t.missing()) + (outcome.cancelled() ? " still in flight when stopped" : " never came back"));
        }
        if (t.error() != null) {
            bad.add("the connection failed: " + t.error());
        }
        return bad.isEmpty() ? "the echo did not finish" : String.join("; ", bad);
    }

    /** The verdict line. */
    String verdict() {
        String down = Drill.describe(failing) + " went";
        if (outcome.cancelled()) {
            return "verdict: STOPPED by Ctrl-C before the drill ended; the lab is restored";
        }
        if (analysis.failedAtNanos() < 0) {
            return "verdict: FAILED: the transfer ended before the failure (" + damage() + ")";
        }
        if (!analysis.intact()) {
            return "verdict: FAILED: " + damage();
        }
        if (options.kind() == WanFailure.Kind.BACKUP && analysis.backupShareBefore() >= DrillAnalysis.BACKUP_MAX_SHARE) {
            return "verdict: FAILED: " + target.describe() + " is a backup but carried " + pct(analysis.backupShareBefore())
                    + " of the bytes while " + Drill.describe(failing) + " worked";
        }
        if (analysis.takeoverNanos() < 0) {
            return "verdict: STALLED: no other WAN carried the traffic after " + down + " down; the connection waited "
                    + Drill.secs(analysis.longestStallNanos()) + " and got every byte back only when it returned";
        }
        return "verdict: SURVIVED: " + Drill.describe(takers) + " carried the traffic " + Drill.secs(analysis.takeoverNanos())
                + " after " + down + " down; longest stall " + Drill.secs(analysis.longestStallNanos()) + ", 0 bytes lost";
    }

    /** Notes on the timeline rows where the failure, the return and the takeover happened. */
    private Map<Integer, String> notes() {
        Map<Integer, String> n = new HashMap<>();
        long iv = timeline.intervalNanos();
        String who = failing.stream().map(l -> l.wan().device()).collect(Collectors.joining(" and "));
        if (analysis.takeoverNanos() >= 0) {
            n.put((int) ((analysis.failedAtNanos() + analysis.takeoverNanos() - 1) / iv),
                    takers.stream().map(l -> l.wan().device()).collect(Collectors.joining(" and ")) + " carries the traffic");
        }
        if (analysis.restoredAtNanos() >= 0) {
            n.merge((int) (analysis.restoredAtNanos() / iv), who + " back", (a, b) -> b + "; " + a);
        }
        if (analysis.failedAtNanos() >= 0) {
            String what = options.kind() == WanFailure.Kind.BLACKHOLE ? who + " blackholed" : who + " down";
            n.merge((int) (analysis.failedAtNanos() / iv), what, (a, b) -> b + "; " + a);
        }
        return n;
    }

    private Table perWan() {
        Table t = new Table(List.of("wan", "before", "during", "after"), List.of("WAN", "BEFORE", "DURING", "AFTER"));
        for (String dev : analysis.interfaces()) {
            long[] b = analysis.bytesByWan().get(dev);
            String label = names.label(dev);
            t.row(label == null ? dev : dev + " " + label, ByteSize.format(b[0]), ByteSize.format(b[1]), ByteSize.format(b[2]));
        }
        return t;
    }

    @Override
    public Object json() {
        BulkTransfer.Totals t = outcome.totals();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drill", options.kind().word);
        m.put("wan", target.wan().device());
        m.put("label", target.wan().label());
        m.put("address", address);
        m.put("mptcp", outcome.mptcp());
        m.put("at_s", s(options.atNanos()));
        m.put("for_s", options.failureEnds() ? s(options.forNanos()) : null);
        m.put("length_s", s(options.lengthNanos()));
        m.put("failed_at_s", analysis.failedAtNanos() < 0 ? null : s(analysis.failedAtNanos()));
        m.put("restored_at_s", analysis.restoredAtNanos() < 0 ? null : s(analysis.restoredAtNanos()));
        m.put("survived", analysis.survived());
        m.put("verdict", verdict().substring("verdict: ".length()));
        m.put("longest_stall_s", s(analysis.longestStallNanos()));
        m.put("stall_from_s", analysis.failedAtNanos() < 0 ? null : s(analysis.stallFromNanos()));
        m.put("takeover_s", analysis.takeoverNanos() < 0 ? null : s(analysis.takeoverNanos()));
        m.put("returned_s", analysis.returnedNanos() < 0 ? null : s(analysis.returnedNanos()));
        m.put("backup_share_before", Double.isNaN(analysis.backupShareBefore()) ? null
                : Math.round(analysis.backupShareBefore() * 10000) / 10000.0);
        m.put("sent", t.sent());
        m.put("echoed", t.received());
        m.put("lost", outcome.cancelled() ? 0 : t.missing());
        m.put("corrupted", t.corrupted());
        m.put("goodput_bps", Math.round(t.goodputBits()));
        Map<String, Object> per = new LinkedHashMap<>();
        for (String dev : analysis.interfaces()) {
            long[] b = analysis.bytesByWan().get(dev);
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("before", b[0]);
            w.put("during", b[1]);
            w.put("after", b[2]);
            per.put(dev, w);
        }
        m.put("per_wan", per);
        m.put("subflows", BulkReport.subflowsJson(outcome.ledger().tracks(), names));
        List<Object> cmds = new ArrayList<>();
        for (Drill.Event e : events) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("at_s", e.atNanos() < 0 ? null : s(e.atNanos()));
            c.put("role", e.role());
            c.put("command", e.command().strip());
            cmds.add(c);
        }
        m.put("commands", cmds);
        m.put("timeline", TimelineTable.json(timeline));
        m.put("missing_fixes", missing == null ? List.of() : new DiagnoseReport(missing, "en").brokenJson());
        return m;
    }

    private static double s(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }
}
