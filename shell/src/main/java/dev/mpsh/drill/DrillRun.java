package dev.mpsh.drill;

import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.wan.WanFailure;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A drill that another command runs and judges (check's {@code drill} criterion): the same
 * drill as the command's, journalled and restored the same way, but quiet while it runs.
 */
public final class DrillRun {
    /**
     * What it found.
     *
     * @param verdict the drill's verdict line without its "verdict: " prefix
     */
    public record Outcome(boolean survived, boolean mptcp, long lost, String verdict) {
    }

    private DrillRun() {
    }

    /**
     * Runs drill KIND of WAN at atMillis into a bulk transfer of lengthMillis to addr (null: the
     * scenario's traffic address); the failure lasts to the end of the transfer.
     */
    public static Outcome run(CommandContext ctx, Scenario sc, String kind, String wan, long atMillis, long lengthMillis,
                              InetSocketAddress addr) throws CommandException {
        WanFailure.Kind k = WanFailure.Kind.of(kind).orElseThrow(() -> new CommandException("unknown drill '" + kind
                + "'; expected " + String.join(", ", WanFailure.Kind.words())));
        DrillOptions o = new DrillOptions(k, wan, Duration.ofMillis(atMillis).toNanos(), Long.MAX_VALUE,
                Duration.ofMillis(lengthMillis).toNanos(), addr, false);
        DrillReport r = new Drill(ctx, sc, o, LiveLines.quiet()).run();
        long lost = r.outcome().cancelled() ? 0 : r.outcome().totals().missing();
        return new Outcome(r.analysis().survived(), r.outcome().mptcp(), lost, r.verdict().substring("verdict: ".length()));
    }
}
