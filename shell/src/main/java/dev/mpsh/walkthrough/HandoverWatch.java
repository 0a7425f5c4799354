package dev.mpsh.walkthrough;

/**
 * Watches the client's kernel while one command runs, for a handover step: whether the WAN that
 * fails went down, and how many bytes the subflows from the other WAN moved meanwhile. Close it
 * (at the end of the command) for what was seen.
 */
public interface HandoverWatch extends AutoCloseable {

    /** Stops watching and tells what the kernel showed. */
    Seen stop();

    @Override
    default void close() {
        stop();
    }

    /**
     * @param failedSeen  the failing WAN's interface was seen down
     * @param bytes       bytes (acked plus received, tcp_info) that subflows from the other WAN moved while it was down
     * @param subflow     the subflow that moved the most of them, as "ADDR:PORT -> ADDR:PORT", or null
     */
    record Seen(boolean failedSeen, long bytes, String subflow) {
        public static final Seen NOTHING = new Seen(false, 0, null);

        /** The other WAN carried traffic while the failing one was down. */
        public boolean handedOver() {
            return failedSeen && bytes > 0;
        }
    }
}
