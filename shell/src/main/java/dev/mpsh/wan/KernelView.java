package dev.mpsh.wan;

import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NftTables;
import dev.mpsh.linux.Qdiscs;
import dev.mpsh.linux.Routes;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.mptcp.PathManager;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the kernel says now about the parts of a lab that WAN commands change, read over netlink
 * (rtnetlink, nfnetlink, mptcp_pm) and kept for the life of this object: make a new one to read
 * again. Namespaces are lab namespace names (/run/netns).
 */
final class KernelView implements AutoCloseable {
    private final Map<String, NetNs> entered = new HashMap<>();
    private final Map<String, List<Interfaces.Iface>> links = new HashMap<>();
    private final Map<String, List<Routes.Route>> routes = new HashMap<>();
    private final Map<String, List<NftTables.Table>> tables = new HashMap<>();
    private final Map<String, List<Qdiscs.Qdisc>> qdiscs = new HashMap<>();
    private final Map<String, List<Endpoint>> endpoints = new HashMap<>();

    private NetNs ns(String netns) throws IOException {
        NetNs n = entered.get(netns);
        if (n == null) {
            n = NetNs.open(netns);
            entered.put(netns, n);
        }
        return n;
    }

    List<Interfaces.Iface> links(String netns) throws IOException {
        List<Interfaces.Iface> l = links.get(netns);
        if (l == null) {
            l = Interfaces.list(ns(netns));
            links.put(netns, l);
        }
        return l;
    }

    Optional<Interfaces.Iface> link(String netns, String dev) throws IOException {
        return links(netns).stream().filter(i -> i.name().equals(dev)).findFirst();
    }

    /** The interface, or an IOException naming what is missing. */
    Interfaces.Iface requireLink(String netns, String dev) throws IOException {
        return link(netns, dev).orElseThrow(() -> new IOException("namespace " + netns + " has no interface " + dev));
    }

    List<Routes.Route> routes(String netns) throws IOException {
        List<Routes.Route> r = routes.get(netns);
        if (r == null) {
            r = Routes.list(ns(netns));
            routes.put(netns, r);
        }
        return r;
    }

    List<NftTables.Table> tables(String netns) throws IOException {
        List<NftTables.Table> t = tables.get(netns);
        if (t == null) {
            t = NftTables.list(ns(netns));
            tables.put(netns, t);
        }
        return t;
    }

    /** The root qdisc of dev, if the kernel lists one. */
    Optional<Qdiscs.Qdisc> rootQdisc(String netns, String dev) throws IOException {
        int index = requireLink(netns, dev).index();
        List<Qdiscs.Qdisc> q = qdiscs.get(netns);
        if (q == null) {
            q = Qdiscs.roots(ns(netns));
            qdiscs.put(netns, q);
        }
        return q.stream().filter(x -> x.ifindex() == index).findFirst();
    }

    List<Endpoint> endpoints(String netns) throws IOException {
        List<Endpoint> e = endpoints.get(netns);
        if (e == null) {
            try (PathManager pm = PathManager.open(ns(netns))) {
                e = pm.endpoints();
            }
            endpoints.put(netns, e);
        }
        return e;
    }

    /** The endpoint for address, if there is one. */
    Optional<Endpoint> endpoint(String netns, String address) throws IOException {
        return endpoints(netns).stream().filter(e -> dev.mpsh.linux.SockAddr.ntop(e.address()).equals(address)).findFirst();
    }

    @Override
    public void close() {
        entered.values().forEach(NetNs::close);
        entered.clear();
    }
}
