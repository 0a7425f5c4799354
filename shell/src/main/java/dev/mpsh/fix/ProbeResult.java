package dev.mpsh.fix;

import dev.mpsh.api.Probe;

/**
 * What one probe found in the kernel.
 *
 * @param holds   the kernel is in the state the probe expects
 * @param partial it does not hold, but part of it is there (an endpoint without all its flags,
 *                one of two limits); never true when holds is
 * @param actual  what the kernel has, in the probe's own terms (e.g. "0", "no endpoint for 192.0.2.10")
 */
public record ProbeResult(Probe probe, boolean holds, boolean partial, String actual) {

    /** What the probe expects, as a scenario file writes it. */
    public String expected() {
        return Probes.expected(probe);
    }

    /** The command a trainee types on the host to see the same value by hand. */
    public String command(String netns) {
        return Probes.command(probe, netns);
    }
}
