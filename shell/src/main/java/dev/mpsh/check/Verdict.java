package dev.mpsh.check;

import dev.mpsh.api.Criterion;

/** One graded criterion: passed or not, with what was expected and what was found. */
public record Verdict(Criterion criterion, boolean passed, String expected, String actual) {

    /** Points earned. */
    public int score() {
        return passed ? criterion.points() : 0;
    }
}
