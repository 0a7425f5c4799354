package dev.mpsh.api;

import java.util.List;

/**
 * One step of a {@link Lesson} and the condition that marks it done, read from the live lab.
 *
 * @param file     the Markdown file name under {@code lessons/en/} and {@code lessons/ja/}
 * @param fixes    fix ids whose probes must all hold
 * @param check    whether the scenario's check must pass as well
 * @param criteria the check criteria that must pass; empty means every criterion that is not a bonus
 * @param handover the handover the kernel must be seen doing while a command runs, or null
 */
public record Step(String id, String file, List<String> fixes, boolean check, List<String> criteria, Handover handover) {

    /**
     * A handover seen in the client's kernel: while the WAN {@code failed} was down, the bytes of
     * a subflow from the WAN {@code takesOver} grew (its tcp_info, as ss shows it).
     *
     * @param failed    the device of the WAN that fails, e.g. eth1
     * @param takesOver the device of the WAN that must carry the traffic meanwhile, e.g. eth2
     */
    public record Handover(String failed, String takesOver) {
    }

    public Step {
        fixes = List.copyOf(fixes);
        criteria = List.copyOf(criteria);
    }

    public Step(String id, String file, List<String> fixes, boolean check, List<String> criteria) {
        this(id, file, fixes, check, criteria, null);
    }

    /**
     * Done by something the trainee is seen doing (the check passing, the handover) rather than by
     * fixes that hold: it stays done while every step before it still holds.
     */
    public boolean observed() {
        return check || handover != null;
    }

    /** The plugin resource path of the step's text in a language ("en" or "ja"). */
    public String path(String lang) {
        return "lessons/" + lang + "/" + file;
    }
}
