package dev.mpsh.api;

import java.util.List;

/**
 * One fix of the scenario's reference answer, as a toggle: the commands that apply it, those that
 * undo it, and the probes that tell from the kernel's state whether it is in place (so a fix typed
 * by hand shows as applied).
 *
 * @param namespace   the scenario namespace its commands run in
 * @param apply       commands run in order to apply it
 * @param revert      commands run in order to undo it, back to the broken state
 * @param probes      all must hold for the fix to count as applied
 * @param requires    ids of fixes that must be applied first
 * @param symptom     what goes wrong while the fix is missing, for {@code diagnose}; null if not given
 * @param evidence    live observations that show the symptom
 */
public record Fix(
        String id,
        String namespace,
        Localized title,
        Localized explanation,
        List<NsCommand> apply,
        List<NsCommand> revert,
        List<Probe> probes,
        List<String> requires,
        Localized symptom,
        List<Evidence> evidence) {

    public Fix {
        evidence = List.copyOf(evidence);
        apply = List.copyOf(apply);
        revert = List.copyOf(revert);
        probes = List.copyOf(probes);
        requires = List.copyOf(requires);
    }

    /** A fix without diagnose texts. */
    public Fix(String id, String namespace, Localized title, Localized explanation, List<NsCommand> apply,
               List<NsCommand> revert, List<Probe> probes, List<String> requires) {
        this(id, namespace, title, explanation, apply, revert, probes, requires, null, List.of());
    }
}
