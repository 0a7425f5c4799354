package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NftTables;
import dev.mpsh.linux.Routes;
import dev.mpsh.mptcp.Endpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a drill fails a WAN, each as the commands a person would type and the facts to
 * restore afterwards. Each checks first that the WAN is in the state the failure starts from.
 */
public final class Failures {
    private Failures() {
    }

    /** A change: what it is, what it found (to restore), and its commands. */
    public record Change(String what, List<Fact> found, List<NsCommand> commands) {
    }

    /**
     * The client's interface goes down (the phone leaves Wi-Fi). The kernel deletes the routes
     * through it and brings back only the address's own route when it comes up, so those
     * routes are facts to restore too.
     */
    static Change linkDown(WanLink l, KernelView now) throws IOException, Refused {
        String ns = l.wan().namespace();
        String dev = l.wan().device();
        Interfaces.Iface i = now.requireLink(l.netns(), dev);
        if (!i.up()) {
            throw new Refused(dev + " in " + ns + " is already down; bring it up first ('" + ns + " ip link set dev " + dev + " up')");
        }
        List<Fact> found = new ArrayList<>(List.of(new Fact.LinkUp(ns, dev)));
        for (Routes.Route r : now.routes(l.netns())) {
            if (r.oif() == i.index() && r.protocol() != Routes.RTPROT_KERNEL) {
                found.add(Fact.RouteVia.of(ns, dev, r));
            }
        }
        return new Change(dev + " down", found, List.of(Fact.cmd(ns, "ip", "link", "set", "dev", dev, "down")));
    }

    /**
     * The link stays up but the WAN's router drops everything that crosses its side of the link,
     * both ways (Wi-Fi still associated, but dead): one nftables table, added and deleted whole.
     */
    static Change blackhole(WanLink l, KernelView now) throws IOException, Refused {
        String peer = l.wan().peerNamespace();
        String dev = l.wan().peerDevice();
        now.requireLink(l.peerNetns(), dev);
        String table = l.blackholeTable();
        if (now.tables(l.peerNetns()).contains(new NftTables.Table("inet", table))) {
            throw new Refused(l.wan().device() + " is already blackholed (table inet " + table + " in " + peer
                    + "); 'drill restore' or '" + peer + " nft delete table inet " + table + "' removes it");
        }
        String rules = "add table inet " + table + " { chain forward { type filter hook forward priority -10; policy accept;"
                + " iifname " + dev + " drop; oifname " + dev + " drop; }; }";
        return new Change(l.wan().device() + " blackholed at " + peer, List.of(new Fact.NoTable(peer, "inet", table)),
                List.of(Fact.cmd(peer, "nft", rules)));
    }

    /** The WAN's MPTCP endpoint is marked backup: its subflows carry traffic only when no other can. */
    static Change backup(WanLink l, KernelView now) throws IOException, Refused {
        String ns = l.wan().namespace();
        Endpoint e = now.endpoint(l.netns(), l.wan().address()).orElseThrow(() -> new Refused("the client has no MPTCP endpoint for "
                + l.wan().address() + " (" + l.wan().device() + "), so no subflow of it can be a backup; 'diagnose' says what is missing"));
        boolean backup = e.flagSet().contains(Endpoint.Flag.BACKUP);
        boolean fullmesh = e.flagSet().contains(Endpoint.Flag.FULLMESH);
        List<NsCommand> cmds = backup ? List.of() : List.of(Fact.EndpointFlags.change(ns, e.id(), true, fullmesh));
        return new Change(l.wan().device() + " backup", List.of(new Fact.EndpointFlags(ns, l.wan().address(), backup, fullmesh)), cmds);
    }

    /** The lab is not in the state a failure starts from; the message says what to do. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
