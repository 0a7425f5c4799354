package dev.mpsh.diagnose;

import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A kernel SNMP counter of one namespace, e.g. Ip:InAddrErrors, read from /proc/net/snmp or
 * /proc/net/netstat as seen by a thread inside that namespace (nstat(8) shows the same).
 */
public final class Counter {
    /** thread-self: /proc/self/net would be the namespace of the process's main thread. */
    private static final List<Path> FILES = List.of(Path.of("/proc/thread-self/net/snmp"), Path.of("/proc/thread-self/net/netstat"));

    private final String ns;
    private final String netns;
    private final String group;
    private final String name;
    private long before = -1;

    /** @param key GROUP:NAME, e.g. Ip:InAddrErrors */
    Counter(String ns, String netns, String key) {
        this.ns = ns;
        this.netns = netns;
        this.group = key.substring(0, key.indexOf(':'));
        this.name = key.substring(key.indexOf(':') + 1);
    }

    void start(NetNs in) {
        before = read(in);
    }

    Observation observation(NetNs in) {
        long after = read(in);
        String command = "ip netns exec " + netns + " nstat -az " + group + name;
        if (before < 0 || after < 0) {
            return new Observation("cannot read " + group + ":" + name + " in " + ns, command, -1);
        }
        return new Observation(group + ":" + name + " in " + ns + " grew by " + (after - before)
                + " (" + before + " -> " + after + ")", command, after - before);
    }

    private long read(NetNs in) {
        return read(in, group + ":" + name);
    }

    /** The value of counter GROUP:NAME in the namespace of in, or -1 when the kernel has no such counter. */
    public static long read(NetNs in, String key) {
        String group = key.substring(0, key.indexOf(':'));
        String name = key.substring(key.indexOf(':') + 1);
        try {
            return in.call(() -> {
                for (Path f : FILES) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i + 1 < lines.size(); i += 2) {
                        String[] names = lines.get(i).split("\\s+");
                        String[] values = lines.get(i + 1).split("\\s+");
                        if (!names[0].equals(group + ":")) {
                            continue;
                        }
                        for (int k = 1; k < names.length && k < values.length; k++) {
                            if (names[k].equals(name)) {
                                return Long.parseLong(values[k]);
                            }
                        }
                    }
                }
                return -1L;
            });
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
