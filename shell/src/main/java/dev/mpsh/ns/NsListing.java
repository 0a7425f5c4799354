package dev.mpsh.ns;

import dev.mpsh.linux.Interfaces.Iface;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.output.Table;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ns} shows: each namespace with its interfaces and addresses. The loopback
 * interface is shown only where it carries more than the loopback addresses (a virtual IP on lo).
 *
 * @param up whether the lab is up; null when no lab engine knows
 * @param current the namespace the shell is in, null for the host's
 */
public record NsListing(String lab, Boolean up, String current, List<Entry> entries) implements Output {

    /** One namespace. */
    public record Entry(String name, String netns, boolean current, boolean present, List<Iface> interfaces) {
    }

    @Override
    public void render(PrintStream out, Style style) {
        if (entries.isEmpty()) {
            out.println("no namespaces; 'lab up' builds the lab");
            return;
        }
        if (Boolean.FALSE.equals(up)) {
            out.println(style.yellow("lab '" + lab + "' is down; 'lab up' builds it"));
        }
        Table table = new Table(List.of("ns", "interface", "state", "addresses"),
                List.of("NAMESPACE", "INTERFACE", "STATE", "ADDRESSES"));
        for (Entry e : entries) {
            String label = (e.current() ? "* " : "  ") + e.name();
            List<Iface> shown = shown(e.interfaces());
            if (!e.present()) {
                table.row(label, "", new Table.Cell("absent", "dim"), "");
                continue;
            }
            boolean first = true;
            for (Iface i : shown) {
                table.row(first ? label : "", i.name(),
                        i.up() ? new Table.Cell("up", "green") : new Table.Cell("down", "red"),
                        String.join(" ", i.addresses()));
                first = false;
            }
            if (first) {
                table.row(label, "", "", "");
            }
        }
        table.render(out, style);
    }

    static List<Iface> shown(List<Iface> interfaces) {
        List<Iface> out = new ArrayList<>();
        for (Iface i : interfaces) {
            boolean loopbackOnly = i.name().equals("lo") && i.addresses().stream()
                    .allMatch(a -> a.startsWith("127.") || a.equals("::1/128"));
            if (!loopbackOnly) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public Object json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lab", lab);
        root.put("up", up);
        root.put("current", current);
        List<Object> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("netns", e.netns());
            m.put("current", e.current());
            m.put("present", e.present());
            List<Object> ifaces = new ArrayList<>();
            for (Iface i : e.interfaces()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("name", i.name());
                im.put("up", i.up());
                im.put("addresses", i.addresses());
                ifaces.add(im);
            }
            m.put("interfaces", ifaces);
            list.add(m);
        }
        root.put("namespaces", list);
        return root;
    }
}
