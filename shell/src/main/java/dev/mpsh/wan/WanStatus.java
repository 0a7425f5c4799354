package dev.mpsh.wan;

import dev.mpsh.api.Scenario;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NftTables;
import dev.mpsh.linux.Qdiscs;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each WAN's state read from the kernel now: whether the client's interface is up, whether the
 * router blackholes it, its MPTCP endpoint's flags, and its shaping both ways. What {@code lab
 * shape} and {@code lab status} show, and the TUI's WAN line. JSON: {@code {wans: [{wan,
 * interface, address, peer_namespace, peer_interface, link, blackholed, endpoint, shaped_up_bps,
 * shaped_down_bps}], restore_pending}}.
 *
 * @param pending what an unfinished drill left to restore, or null
 */
public record WanStatus(List<Row> rows, String pending) implements Output {

    /**
     * One WAN. link: up, down or missing; endpoint: its flags ("subflow fullmesh backup") or
     * "none"; rates in bits per second, 0 when not shaped.
     */
    public record Row(String label, String device, String address, String peerNamespace, String peerDevice,
                      String link, boolean blackholed, String endpoint, long shapedUpBits, long shapedDownBits) {
        public boolean backup() {
            return endpoint.contains("backup");
        }

        /** up, down, blackholed, plus "shaped 50 Mbit/s" when it is: the TUI's word for it. */
        public String summary() {
            String s = link.equals("up") && blackholed ? "blackholed" : link;
            if (shapedUpBits > 0 || shapedDownBits > 0) {
                s += ", shaped " + rate(shapedUpBits) + (shapedDownBits == shapedUpBits ? "" : "/" + rate(shapedDownBits));
            }
            return backup() ? s + ", backup" : s;
        }
    }

    /** The WANs of the lab now; an empty list when the scenario declares none. */
    public static WanStatus read(Scenario sc, LabLayout layout) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (KernelView now = new KernelView()) {
            for (WanLink l : WanLink.all(sc, layout)) {
                rows.add(row(l, now));
            }
        }
        RestoreJournal.Pending p = new RestoreJournal(layout).pending();
        return new WanStatus(rows, p == null ? null : p.what());
    }

    private static Row row(WanLink l, KernelView now) throws IOException {
        Optional<Interfaces.Iface> i = now.link(l.netns(), l.wan().device());
        String link = i.isEmpty() ? "missing" : i.get().up() ? "up" : "down";
        boolean blackholed = now.tables(l.peerNetns()).contains(new NftTables.Table("inet", l.blackholeTable()));
        String endpoint = now.endpoint(l.netns(), l.wan().address())
                .map(e -> String.join(" ", e.flagSet().stream().map(Endpoint.Flag::word).toList())).orElse("none");
        long up = i.isEmpty() ? 0 : tbf(now.rootQdisc(l.netns(), l.wan().device()));
        long down = now.link(l.peerNetns(), l.wan().peerDevice()).isEmpty() ? 0 : tbf(now.rootQdisc(l.peerNetns(), l.wan().peerDevice()));
        return new Row(l.wan().label(), l.wan().device(), l.wan().address(), l.wan().peerNamespace(), l.wan().peerDevice(),
                link, blackholed, endpoint.isEmpty() ? "(no flags)" : endpoint, up, down);
    }

    private static long tbf(Optional<Qdiscs.Qdisc> q) {
        return q.filter(Qdiscs.Qdisc::tbf).map(x -> x.rateBytes() * 8).orElse(0L);
    }

    /** One rate when both directions are shaped alike, else "up X, down Y". */
    static String shaped(long up, long down) {
        return up == down ? rate(up) : "up " + rate(up) + ", down " + rate(down);
    }

    static String rate(long bits) {
        return bits == 0 ? "-" : dev.mpsh.traffic.ByteSize.rate(bits);
    }

    @Override
    public void render(PrintStream out, Style style) {
        if (rows.isEmpty()) {
            out.println("this scenario declares no WANs");
            return;
        }
        // Narrow enough for an 80-column terminal: the addresses are in the namespace table above,
        // and one SHAPED column says both directions ('--json' keeps every field apart).
        Table t = new Table(List.of("wan", "interface", "link", "traffic", "endpoint", "shaped", "peer"),
                List.of("WAN", "IF", "LINK", "TRAFFIC", "ENDPOINT", "SHAPED", "PEER"));
        for (Row r : rows) {
            t.row(r.label(), r.device(),
                    new Table.Cell(r.link(), r.link().equals("up") ? "green" : "red"),
                    new Table.Cell(r.blackholed() ? "blackholed" : "passes", r.blackholed() ? "red" : null),
                    r.endpoint(), shaped(r.shapedUpBits(), r.shapedDownBits()), r.peerNamespace() + " " + r.peerDevice());
        }
        t.render(out, style);
        if (pending != null) {
            out.println(style.yellow("an interrupted drill (" + pending + ") left the lab changed; 'drill restore' puts it back"));
        }
    }

    @Override
    public Object json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wans", rowsJson());
        m.put("restore_pending", pending);
        return m;
    }

    /** The rows as JSON (lab status puts them under "wans"). */
    public List<Object> rowsJson() {
        List<Object> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wan", r.label());
            m.put("interface", r.device());
            m.put("address", r.address());
            m.put("peer_namespace", r.peerNamespace());
            m.put("peer_interface", r.peerDevice());
            m.put("link", r.link());
            m.put("blackholed", r.blackholed());
            m.put("endpoint", r.endpoint());
            m.put("shaped_up_bps", r.shapedUpBits());
            m.put("shaped_down_bps", r.shapedDownBits());
            out.add(m);
        }
        return out;
    }
}
