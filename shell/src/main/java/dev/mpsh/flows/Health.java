package dev.mpsh.flows;

import java.time.Instant;

/**
 * Whether a namespace's model can be trusted. It is incomplete from an event loss (the netlink
 * socket overflowed, ENOBUFS) until a resynchronisation from the kernel's own list of MPTCP
 * sockets; also while the subscription is down.
 *
 * @param complete true when every event since the model started was seen or a resync repaired it
 * @param problem what is wrong, one line, or null
 * @param since when the current problem began, or null
 */
public record Health(boolean complete, String problem, Instant since) {
    public static final Health OK = new Health(true, null, null);

    public static Health incomplete(String problem, Instant since) {
        return new Health(false, problem, since);
    }
}
