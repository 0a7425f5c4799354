package dev.mpsh.mptcp;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Set;

/**
 * A path-manager endpoint, as `ip mptcp endpoint show` lists it.
 *
 * @param id endpoint id, 1..255
 * @param port 0 when the endpoint has no port
 * @param flags the raw MPTCP_PM_ADDR_FLAG_* bitmask (bits mpsh does not name stay in it)
 * @param ifindex 0 when no device was given
 */
public record Endpoint(int id, InetAddress address, int port, int flags, int ifindex) {

    /** MPTCP_PM_ADDR_FLAG_* bits, <linux/mptcp.h>. */
    public enum Flag {
        SIGNAL(0x01), SUBFLOW(0x02), BACKUP(0x04), FULLMESH(0x08), IMPLICIT(0x10), LAMINAR(0x20);

        public final int bit;

        Flag(int bit) {
            this.bit = bit;
        }

        /** The word ip(8) uses, e.g. "fullmesh". */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The named flags that are set. */
    public Set<Flag> flagSet() {
        Set<Flag> s = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values()) {
            if ((flags & f.bit) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    public boolean has(Flag f) {
        return (flags & f.bit) != 0;
    }
}
