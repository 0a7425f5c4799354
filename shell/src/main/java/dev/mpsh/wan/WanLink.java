package dev.mpsh.wan;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.Wan;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import java.util.List;

/** A scenario WAN in one lab: the scenario's names and the lab's namespace names. */
public record WanLink(Wan wan, String netns, String peerNetns) {

    /** Every WAN of the scenario in this lab, in file order. */
    public static List<WanLink> all(Scenario sc, LabLayout layout) {
        return sc.wans().links().stream()
                .map(w -> new WanLink(w, layout.netnsName(w.namespace()), layout.netnsName(w.peerNamespace()))).toList();
    }

    /** The WAN named by its client interface or label; a one-line error names the ones there are. */
    public static WanLink find(Scenario sc, LabLayout layout, String name) throws CommandException {
        List<WanLink> all = all(sc, layout);
        if (all.isEmpty()) {
            throw new CommandException("scenario '" + sc.id() + "' declares no WANs (no 'wan' lines), so there is nothing to shape or fail");
        }
        return all.stream().filter(l -> l.wan().device().equals(name)).findFirst()
                .or(() -> all.stream().filter(l -> l.wan().label().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> CommandException.usage("no WAN '" + name + "'; the WANs are "
                        + String.join(", ", all.stream().map(WanLink::describe).toList())));
    }

    /** "wan0 (Wi-Fi)", or "wan0" when it has no label of its own. */
    public String describe() {
        return wan.label().equals(wan.device()) ? wan.device() : wan.device() + " (" + wan.label() + ")";
    }

    /** The nftables table a blackhole of this WAN lives in, on the peer: one per WAN, so each can go alone. */
    public String blackholeTable() {
        return "mpsh-blackhole-" + wan.peerDevice();
    }
}
