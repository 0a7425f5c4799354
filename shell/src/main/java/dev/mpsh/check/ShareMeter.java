package dev.mpsh.check;

import dev.mpsh.api.Check;
import dev.mpsh.api.TransferSpec;
import dev.mpsh.api.Wans;
import dev.mpsh.command.Cancellation;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.SockDiag;
import dev.mpsh.sockdiag.TcpSock;
import dev.mpsh.traffic.BulkDriver;
import dev.mpsh.traffic.LinkNames;
import dev.mpsh.traffic.StreamPattern;
import dev.mpsh.traffic.SubflowLedger;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurement of a bulk-share criterion: one bulk echo transfer over MPTCP from the
 * check's namespace to its address, for the criterion's duration, with the built-in client's
 * engine (every subflow's counters each 100 ms). Halfway through, the kernel's socket list says
 * which subflows are established and which are flagged backup.
 */
final class ShareMeter {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final long INTERVAL_NANOS = 100_000_000L;

    private ShareMeter() {
    }

    static ShareReading measure(Check check, LabLayout layout, TransferSpec.BulkShare spec, Cancellation cancellation)
            throws IOException {
        InetSocketAddress target = new InetSocketAddress(InetAddress.getByName(check.address()), check.port());
        try (NetNs ns = NetNs.open(layout.netnsName(check.namespace()))) {
            MptcpSocket s;
            try {
                s = MptcpSocket.connect(ns, target, CONNECT_TIMEOUT);
            } catch (IOException e) {
                return ShareReading.failed("cannot connect: " + e.getMessage());
            }
            try (s) {
                LinkNames names = LinkNames.read(ns, check.namespace(), Wans.NONE);
                InetSocketAddress local = s.localAddress();
                long duration = Duration.ofMillis(spec.millis()).toNanos();
                Map<String, List<Boolean>> backups = new LinkedHashMap<>();
                boolean[] read = {false};
                BulkDriver.Clock clock = (elapsed, t, totals, ledger) -> {
                    if (!read[0] && elapsed >= duration / 2) {
                        read[0] = true;
                        backups.putAll(kernelBackups(ns, local, names));
                    }
                };
                SubflowLedger ledger = new SubflowLedger(false);
                BulkDriver.Outcome out;
                try {
                    out = new BulkDriver(s, new StreamPattern()).run(new BulkDriver.Plan(duration, Long.MAX_VALUE, INTERVAL_NANOS),
                            ledger, clock, elapsed -> { }, cancellation::isCancelled);
                } catch (IOException e) {
                    throw e;
                } catch (Exception e) {
                    return ShareReading.failed("the transfer failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                }
                Map<String, Long> moved = new LinkedHashMap<>();
                for (SubflowLedger.Track t : ledger.tracks()) {
                    moved.merge(names.iface(t.local()), t.moved(), Long::sum);
                }
                return new ShareReading(null, out.mptcp(), moved, backups, out.stoppedNanos());
            }
        }
    }

    /** The connection from local as the kernel lists it: each established subflow's interface and backup flag. */
    private static Map<String, List<Boolean>> kernelBackups(NetNs ns, InetSocketAddress local, LinkNames names) {
        Map<String, List<Boolean>> out = new LinkedHashMap<>();
        try {
            KernelConnection c = SockDiag.read(ns).connections().stream()
                    .filter(k -> k.msk().id().local().equals(local)).findFirst().orElse(null);
            if (c == null) {
                return out;
            }
            for (TcpSock sf : c.subflows()) {
                if (sf.id().connecting()) {
                    continue; // a join still in its handshake is no subflow yet
                }
                boolean backup = sf.mptcp() != null && (sf.mptcp().backupLocal() || sf.mptcp().backupRemote());
                out.computeIfAbsent(names.iface(sf.id().local()), k -> new ArrayList<>()).add(backup);
            }
        } catch (IOException | RuntimeException e) {
            // no reading: the criterion then finds no established subflow and says so
        }
        return out;
    }
}
