package dev.mpsh.mib;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.NetNsRef;
import java.io.IOException;

/**
 * One namespace's counters at one moment, or why they could not be read.
 *
 * @param mptcpEnabled net.mptcp.enabled there; null when the kernel has no such sysctl
 * @param problem      one line when the namespace could not be read (then mib is null)
 */
public record CounterReading(String namespace, Mib mib, Boolean mptcpEnabled, String problem) {

    /** Reads ref's counters on a thread of its own; a failure becomes the problem line. */
    public static CounterReading of(NetNsRef ref) {
        try (NetNs ns = ref.open()) {
            return of(ref.name(), ns);
        } catch (IOException | RuntimeException e) {
            return new CounterReading(ref.name(), null, null, e.getMessage());
        }
    }

    /** Reads the counters of a namespace already entered. */
    public static CounterReading of(String name, NetNs ns) {
        try {
            Mib mib = MibReader.read(ns);
            Boolean enabled;
            try {
                enabled = !"0".equals(ns.sysctl("net.mptcp.enabled"));
            } catch (IOException e) {
                enabled = null;
            }
            return new CounterReading(name, mib, enabled, null);
        } catch (IOException | RuntimeException e) {
            return new CounterReading(name, null, null, e.getMessage());
        }
    }

    public boolean ok() {
        return problem == null;
    }
}
