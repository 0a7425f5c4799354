package dev.mpsh.walkthrough;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Probe;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.mptcp.Limits;
import dev.mpsh.mptcp.PathManager;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Until the fix package's probe evaluator lands: reads each probe from the kernel. */
final class TemporaryLabState implements LabState {
    private final Scenario scenario;
    private final UnaryOperator<String> netnsName;

    TemporaryLabState(Scenario scenario, UnaryOperator<String> netnsName) {
        this.scenario = scenario;
        this.netnsName = netnsName;
    }

    @Override
    public List<String> missingFixes(List<String> fixIds) throws CommandException {
        Map<String, NetNs> open = new HashMap<>();
        try {
            List<String> missing = new ArrayList<>();
            for (String id : fixIds) {
                Fix f = scenario.fix(id).orElseThrow();
                for (Probe p : f.probes()) {
                    NetNs ns = open.get(p.namespace());
                    if (ns == null) {
                        ns = NetNs.open(netnsName.apply(p.namespace()));
                        open.put(p.namespace(), ns);
                    }
                    if (!holds(ns, p)) {
                        missing.add(id);
                        break;
                    }
                }
            }
            return missing;
        } catch (IOException e) {
            throw new CommandException("cannot read the lab: " + e.getMessage() + "; is the lab up ('lab status')?");
        } finally {
            open.values().forEach(NetNs::close);
        }
    }

    private static boolean holds(NetNs ns, Probe p) throws IOException {
        if (p instanceof Probe.Sysctl s) {
            try {
                return ns.sysctl(s.key()).equals(s.value());
            } catch (NoSuchFileException e) {
                return false;
            }
        }
        if (p instanceof Probe.Address a) {
            return Interfaces.list(ns).stream().anyMatch(i -> i.name().equals(a.device()) && i.addresses().contains(a.cidr()));
        }
        try (PathManager pm = PathManager.open(ns)) {
            if (p instanceof Probe.Limits l) {
                Limits now = pm.limits();
                return now.subflows() >= l.atLeast().getOrDefault("subflows", 0)
                        && now.addAddrAccepted() >= l.atLeast().getOrDefault("add_addr_accepted", 0);
            }
            Probe.Endpoint e = (Probe.Endpoint) p;
            Map<Integer, String> names = new HashMap<>();
            Interfaces.list(ns).forEach(i -> names.put(i.index(), i.name()));
            for (Endpoint ep : pm.endpoints()) {
                List<String> flags = ep.flagSet().stream().map(Endpoint.Flag::word).toList();
                if (SockAddr.ntop(ep.address()).equals(e.address()) && flags.containsAll(e.flags())
                        && (e.port() == 0 || e.port() == ep.port())
                        && (e.device() == null || e.device().equals(names.get(ep.ifindex())))) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public List<String> failedCriteria(CommandContext ctx) throws CommandException {
        throw new CommandException("this build has no 'check' yet; the last step waits for it");
    }

    @Override
    public List<String> bonusCriteria() {
        return List.of();
    }
}
