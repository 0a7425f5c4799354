package dev.mpsh.api;

import java.util.List;

/**
 * One step of a {@link Lesson} and the condition that marks it done, read from the live lab.
 *
 * @param file     the Markdown file name under {@code lessons/en/} and {@code lessons/ja/}
 * @param fixes    fix ids whose probes must all hold
 * @param check    whether the scenario's check must pass as well
 * @param criteria the check criteria that must pass; empty means every criterion that is not a bonus
 */
public record Step(String id, String file, List<String> fixes, boolean check, List<String> criteria) {

    public Step {
        fixes = List.copyOf(fixes);
        criteria = List.copyOf(criteria);
    }

    /** The plugin resource path of the step's text in a language ("en" or "ja"). */
    public String path(String lang) {
        return "lessons/" + lang + "/" + file;
    }
}
