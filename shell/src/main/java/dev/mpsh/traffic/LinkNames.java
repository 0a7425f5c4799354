package dev.mpsh.traffic;

import dev.mpsh.api.Wan;
import dev.mpsh.api.Wans;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.SockAddr;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Names a subflow by where it leaves the client: the interface that holds its local address
 * (read over rtnetlink when the transfer starts) and that interface's WAN label from the scenario.
 */
public final class LinkNames {
    private final Map<String, String> ifaceByAddress;
    private final Map<String, String> labelByIface;

    LinkNames(Map<String, String> ifaceByAddress, Map<String, String> labelByIface) {
        this.ifaceByAddress = Map.copyOf(ifaceByAddress);
        this.labelByIface = Map.copyOf(labelByIface);
    }

    /** No names: every subflow shows as "?". */
    public static final LinkNames NONE = new LinkNames(Map.of(), Map.of());

    /** The interfaces of ns now, labelled with the scenario's WANs in that namespace. */
    public static LinkNames read(NetNs ns, String scenarioNamespace, Wans wans) throws IOException {
        Map<String, String> byAddress = new HashMap<>();
        for (Interfaces.Iface i : Interfaces.list(ns)) {
            for (String a : i.addresses()) {
                byAddress.put(a.substring(0, a.indexOf('/')), i.name());
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (Wan w : wans.links()) {
            if (w.namespace().equals(scenarioNamespace) && !w.label().equals(w.device())) {
                labels.put(w.device(), w.label());
            }
        }
        return new LinkNames(byAddress, labels);
    }

    /** The interface of a local address, or "?" when none holds it. */
    public String iface(InetSocketAddress local) {
        String name = local == null ? null : ifaceByAddress.get(SockAddr.ntop(local.getAddress()));
        return name == null ? "?" : name;
    }

    /** "wan0 Wi-Fi", or just the interface when it is no labelled WAN. */
    public String wan(InetSocketAddress local) {
        String i = iface(local);
        String label = labelByIface.get(i);
        return label == null ? i : i + " " + label;
    }

    /** The WAN label of an interface, or null. */
    public String label(String iface) {
        return labelByIface.get(iface);
    }
}
