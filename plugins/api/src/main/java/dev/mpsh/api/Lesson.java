package dev.mpsh.api;

import java.util.List;
import java.util.Optional;

/**
 * A scenario's guided walkthrough: its steps in teaching order. Each step's text is Markdown in
 * the plugin ({@code lessons/LANG/FILE}), read with {@link ScenarioPlugin#stepText}.
 */
public record Lesson(List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The step's position from 0, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> ids() {
        return steps.stream().map(Step::id).toList();
    }
}
