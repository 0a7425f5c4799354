package dev.mpsh.diagnose;

import dev.mpsh.linux.NetNs;
import dev.mpsh.mib.CounterMeanings;
import dev.mpsh.mib.Mib;
import dev.mpsh.mib.MibReader;
import java.io.IOException;

/**
 * A kernel MIB counter of one namespace as evidence, e.g. Ip:InAddrErrors or
 * MPTcpExt:MPJoinNoTokenFound: how much it grew while diagnose's connections were attempted.
 */
final class Counter {
    private final String ns;
    private final String netns;
    private final String group;
    private final String name;
    private Long before;
    private String failure;

    /** @param key GROUP:NAME, e.g. Ip:InAddrErrors */
    Counter(String ns, String netns, String key) {
        this.ns = ns;
        this.netns = netns;
        this.group = key.substring(0, key.indexOf(':'));
        this.name = key.substring(key.indexOf(':') + 1);
    }

    void start(NetNs in) {
        try {
            before = MibReader.read(in).get(group, name);
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage();
        }
    }

    Observation observation(NetNs in) {
        String command = "ip netns exec " + netns + " nstat -az " + group + name;
        Long after = null;
        try {
            Mib now = MibReader.read(in);
            after = now.get(group, name);
        } catch (IOException | RuntimeException e) {
            failure = failure != null ? failure : e.getMessage();
        }
        if (failure != null) {
            return new Observation("cannot read " + group + ":" + name + " in " + ns + ": " + failure, command, -1);
        }
        if (before == null || after == null) {
            return new Observation("this kernel has no counter " + group + ":" + name + " (skipped)", command, -1);
        }
        String meaning = group.equals(CounterMeanings.MPTCP) ? CounterMeanings.of(name) : null;
        return new Observation(group + ":" + name + " in " + ns + " grew by " + (after - before)
                + " (" + before + " -> " + after + ")" + (meaning == null ? "" : ": " + meaning), command, after - before);
    }
}
