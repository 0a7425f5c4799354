package dev.mpsh.walkthrough;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a trainee is in a lesson, as kept between shells.
 *
 * @param scenario the scenario id the progress belongs to
 * @param lang     "en" or "ja", chosen with --lang or from the locale when the walkthrough began
 * @param current  the id of the step being worked on; null when the lesson is finished
 * @param done     steps seen done (by the kernel's state), in lesson order
 * @param skipped  steps passed over with {@code skip}
 */
public record Progress(String scenario, String lang, String current, List<String> done, List<String> skipped) {

    public Progress {
        done = List.copyOf(done);
        skipped = List.copyOf(skipped);
    }

    public static Progress begin(String scenario, String lang, String first) {
        return new Progress(scenario, lang, first, List.of(), List.of());
    }

    public Progress withLang(String l) {
        return new Progress(scenario, l, current, done, skipped);
    }

    public Progress at(String step) {
        return new Progress(scenario, lang, step, done, skipped);
    }

    public Progress markDone(String step) {
        List<String> d = new ArrayList<>(done);
        if (!d.contains(step)) {
            d.add(step);
        }
        List<String> s = new ArrayList<>(skipped);
        s.remove(step);
        return new Progress(scenario, lang, current, d, s);
    }

    public Progress markSkipped(String step) {
        List<String> s = new ArrayList<>(skipped);
        if (!s.contains(step) && !done.contains(step)) {
            s.add(step);
        }
        return new Progress(scenario, lang, current, done, s);
    }

    /** Forgets that a step was done (it no longer holds). */
    public Progress markUndone(String step) {
        List<String> d = new ArrayList<>(done);
        d.remove(step);
        return new Progress(scenario, lang, current, d, skipped);
    }
}
