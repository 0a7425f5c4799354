package dev.mpsh.drill;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NftTables;
import dev.mpsh.linux.Qdiscs;
import dev.mpsh.linux.Routes;
import dev.mpsh.mptcp.PathManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What drills and shaping may change in a namespace, read from the kernel, for before/after comparisons. */
final class LabState {
    private LabState() {
    }

    /** Links (name, up), routes, nftables tables, root qdiscs and MPTCP endpoints of each netns, as text lines. */
    static List<String> of(String... netns) throws IOException {
        List<String> out = new ArrayList<>();
        for (String n : netns) {
            try (NetNs ns = NetNs.open(n)) {
                for (Interfaces.Iface i : Interfaces.list(ns)) {
                    out.add(n + " link " + i.name() + " " + (i.up() ? "up" : "down") + " " + i.addresses());
                }
                Routes.list(ns).forEach(r -> out.add(n + " " + r));
                NftTables.list(ns).forEach(t -> out.add(n + " " + t));
                Qdiscs.roots(ns).forEach(q -> out.add(n + " " + q));
                try (PathManager pm = PathManager.open(ns)) {
                    pm.endpoints().forEach(e -> out.add(n + " " + e));
                }
            }
        }
        return out;
    }
}
