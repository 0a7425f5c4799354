package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import dev.mpsh.walkthrough.StepView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The walkthrough's current step: progress and state, the title, the text, and the hints asked
 * for so far. Without a walkthrough, one line says how to start one; the pane is then left out
 * of the Tab order, since there is nothing to scroll.
 */
final class WalkthroughPane extends Pane {
    static final String TITLE = "Walkthrough";
    static final String IDLE = "type 'walkthrough' in the command line to start the lessons";
    static final String KEYS = "hint, show, skip, back: type them in the command line";

    private final LessonView view = new LessonView();
    private boolean running;
    private String shownId;
    private String shownLang;
    private int shownHints;

    WalkthroughPane() {
        super(TITLE);
        body().addComponent(at(view, BorderLayout.Location.CENTER));
        idle();
    }

    /** No walkthrough runs in the session. */
    void idle() {
        running = false;
        shownId = null;
        view.show(List.of(), List.of(IDLE), 0);
    }

    /** The walkthrough's step now: a new step starts at its top, a new hint scrolls to it. */
    void show(StepView v) {
        List<String> head = new ArrayList<>();
        List<String> body = new ArrayList<>();
        if (v.finished()) {
            head.add("Lesson complete: " + v.done() + " of " + v.total() + " steps done");
            body.add("'walkthrough status' lists the steps; 'walkthrough reset' starts over.");
        } else {
            head.add("Step " + v.progress() + " · " + v.state().word());
            head.add(LessonText.inline(v.title()));
            body.addAll(LessonText.paragraphs(v.body()));
            for (int i = 0; i < v.hints().size(); i++) {
                body.add("");
                List<String> hint = LessonText.paragraphs(v.hints().get(i));
                body.add("Hint " + (i + 1) + ": " + (hint.isEmpty() ? "" : hint.get(0)));
                body.addAll(hint.subList(Math.min(1, hint.size()), hint.size()));
            }
            body.add("");
            body.add(KEYS);
        }
        String id = v.finished() ? "" : v.id();
        boolean sameStep = running && Objects.equals(id, shownId) && Objects.equals(v.lang(), shownLang);
        int scroll = !sameStep ? 0 : v.hints().size() > shownHints ? Integer.MAX_VALUE : -1;
        running = true;
        shownId = id;
        shownLang = v.lang();
        shownHints = v.hints().size();
        if (scroll < 0) {
            view.show(head, body, view.top());
        } else {
            view.show(head, body, scroll);
        }
    }

    /** The walkthrough runs but cannot say where it is (e.g. a lesson text that cannot be read). */
    void error(String message) {
        running = true;
        shownId = null;
        view.show(List.of("walkthrough"), List.of(message), 0);
    }

    /** Whether a walkthrough runs: the layout gives the pane more room then. */
    boolean running() {
        return running;
    }

    @Override
    boolean inTabOrder() {
        return running;
    }

    @Override
    Interactable focusTarget() {
        return view;
    }
}
