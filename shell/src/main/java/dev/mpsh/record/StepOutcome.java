package dev.mpsh.record;

import dev.mpsh.record.Transcript.Step;

/**
 * How one replayed step went.
 *
 * @param diff the unified diff between expected and actual, empty when the step passed
 * @param updated the step as it should read to pass with this output: expected lines that still
 *     match are kept (patterns stay), the others are replaced by what was printed
 */
public record StepOutcome(Step step, int status, String output, String diff, Step updated) {
    public boolean passed() {
        return diff.isEmpty();
    }
}
