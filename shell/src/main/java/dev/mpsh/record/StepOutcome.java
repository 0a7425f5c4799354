package dev.mpsh.record;

import dev.mpsh.record.Transcript.Step;

/**
 * How one replayed step went.
 *
 * @param diff the unified diff between expected and actual, empty when the step passed
 */
public record StepOutcome(Step step, int status, String output, String diff) {
    public boolean passed() {
        return diff.isEmpty();
    }
}
