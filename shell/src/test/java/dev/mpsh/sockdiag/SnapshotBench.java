package dev.mpsh.sockdiag;

import dev.mpsh.flows.FlowModel;
import dev.mpsh.linux.LibC;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.netlink.NetlinkMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test (bench/snapshot.sh runs it): reads a namespace's MPTCP connections and
 * subflows with {@link SockDiag} and joins them, as the subflow tables start, and times it: the
 * first reading in a fresh JVM, then the median of RUNS; also seeding a model from the result.
 * Prints Markdown table rows.
 *
 * <p>usage: SnapshotBench NETNS RUNS, or SnapshotBench --start-only (the JVM start alone)
 */
public final class SnapshotBench {
    private SnapshotBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--start-only")) {
            return;
        }
        int runs = Integer.parseInt(args[1]);
        try (NetNs ns = NetNs.open(args[0]); SockDiag d = SockDiag.open(ns)) {
            // the first reading in a fresh JVM, in its two halves: the kernel's replies, then parsing and joining
            long t0 = System.nanoTime();
            List<NetlinkMessage> m4 = d.dump(LibC.AF_INET, MptcpSocket.IPPROTO_MPTCP);
            List<NetlinkMessage> t4 = d.dump(LibC.AF_INET, InetDiag.IPPROTO_TCP);
            long dumpNanos = System.nanoTime() - t0;
            t0 = System.nanoTime();
            KernelSnapshot first = KernelSnapshot.join(Instant.now(), m4.stream().map(InetDiag::mptcp).toList(),
                    t4.stream().map(InetDiag::tcp).toList());
            long joinNanos = System.nanoTime() - t0;
            t0 = System.nanoTime();
            d.snapshot();
            long secondNanos = System.nanoTime() - t0;
            long[] nanos = new long[runs];
            long[] model = new long[runs];
            KernelSnapshot k = first;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                k = d.snapshot();
                nanos[i] = System.nanoTime() - t;
                FlowModel m = new FlowModel(args[0]);
                t = System.nanoTime();
                m.resync(k, Instant.now());
                m.snapshot(Instant.now());
                model[i] = System.nanoTime() - t;
            }
            int subflows = k.connections().stream().mapToInt(c -> c.subflows().size()).sum();
            long complete = k.connections().stream().filter(c -> c.subflows().size() == c.msk().expectedSubflows()).count();
            String found = subflows + " in " + k.connections().size() + " connections (" + complete
                    + " with all their subflows), " + k.unmatched() + " unmatched";
            System.out.println("| mpsh, first reading in a fresh JVM: the kernel's replies (IPv4 MPTCP and TCP dumps) | "
                    + ms(dumpNanos) + " | |");
            System.out.println("| mpsh, first reading in a fresh JVM: parsing and joining them | " + ms(joinNanos) + " | "
                    + first.connections().stream().mapToInt(c -> c.subflows().size()).sum() + " |");
            System.out.println("| mpsh dump and join (SockDiag.snapshot, IPv4 and IPv6), second reading | " + ms(secondNanos) + " | |");
            System.out.println("| mpsh dump and join, warm | " + ms(median(nanos)) + " | " + found + " |");
            System.out.println("| seeding the subflow model from it (FlowModel.resync + snapshot), warm | " + ms(median(model)) + " | |");
        }
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
