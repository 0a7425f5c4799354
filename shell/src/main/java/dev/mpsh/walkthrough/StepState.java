package dev.mpsh.walkthrough;

/** Where a step stands: as the kernel shows it, or as the trainee chose. */
public enum StepState {
    /** Its condition does not hold yet. */
    TODO("to do"),
    /** Its condition held (for a fix step: it holds now). */
    DONE("done"),
    /** Passed over with skip. */
    SKIPPED("skipped");

    private final String word;

    StepState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
