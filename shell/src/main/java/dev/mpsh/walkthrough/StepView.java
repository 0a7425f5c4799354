package dev.mpsh.walkthrough;

import java.util.List;

/**
 * What a front end shows of a walkthrough: the current step, its state and the progress. The
 * TUI's pane renders this; it gets one from {@link Walkthrough#view()} and a new one through
 * {@link Walkthrough#onChange} after every change.
 *
 * @param number   the current step, from 1; equals total when finished
 * @param done     how many steps are done
 * @param body     the step's Markdown text without its title and hints
 * @param hints    the hints asked for so far on this step, in order
 * @param finished true when the lesson has no current step any more
 */
public record StepView(String lab, String lang, int number, int total, int done, String id, String title,
                       String body, StepState state, List<String> hints, boolean finished) {

    public StepView {
        hints = List.copyOf(hints);
    }

    /** "3/6" for a status line. */
    public String progress() {
        return number + "/" + total;
    }
}
