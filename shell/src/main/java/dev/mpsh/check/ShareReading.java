package dev.mpsh.check;

import java.util.List;
import java.util.Map;

/**
 * What a bulk-share criterion's transfer measured: the bytes each client interface's subflows
 * moved (both directions, from MPTCP_FULL_INFO) and, from the kernel's socket list halfway
 * through, each interface's established subflows with whether they are flagged backup.
 *
 * @param error    why there was no transfer (it did not connect), or null
 * @param moved    bytes moved by the subflows from each interface ("?" for an unknown one)
 * @param backups  for each interface, one entry per established subflow: flagged backup by either end
 * @param nanos    how long data was sent
 */
public record ShareReading(String error, boolean mptcp, Map<String, Long> moved, Map<String, List<Boolean>> backups, long nanos) {

    public ShareReading {
        moved = Map.copyOf(moved);
        backups = Map.copyOf(backups);
    }

    static ShareReading failed(String error) {
        return new ShareReading(error, false, Map.of(), Map.of(), 0);
    }

    long total() {
        return moved.values().stream().mapToLong(Long::longValue).sum();
    }
}
