package dev.mpsh.diagnose;

import dev.mpsh.fix.FixStatus;
import java.util.List;

/**
 * One thing diagnose found broken: a fix that is not (fully) in place, the settings that differ
 * with the command that shows each, why it matters, and what the live attempts showed.
 *
 * @param netns     the fix namespace's /run/netns name, for the commands
 * @param blockedBy requirements of the fix that are missing too (fix those first)
 */
public record Finding(FixStatus status, String netns, List<String> blockedBy, List<Observation> evidence) {

    public Finding {
        blockedBy = List.copyOf(blockedBy);
        evidence = List.copyOf(evidence);
    }
}
