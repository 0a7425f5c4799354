package dev.mpsh.fix;

import dev.mpsh.api.Fix;
import java.io.IOException;
import java.util.List;

/** A fix and what its probes found now. */
public record FixStatus(Fix fix, FixState state, List<ProbeResult> results) {

    public FixStatus {
        results = List.copyOf(results);
    }

    /** Evaluates every probe of fix now. */
    public static FixStatus of(Fix fix, ProbeEvaluator probes) throws IOException {
        List<ProbeResult> r = probes.evaluate(fix.probes());
        return new FixStatus(fix, FixState.of(r), r);
    }

    /** The probes that do not hold. */
    public List<ProbeResult> failing() {
        return results.stream().filter(r -> !r.holds()).toList();
    }
}
