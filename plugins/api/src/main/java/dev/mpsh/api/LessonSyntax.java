package dev.mpsh.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code lesson} section of a scenario file (see {@link ScenarioParser}): the walkthrough's
 * steps in order, each with the condition that marks it done.
 * <pre>
 * lesson
 * step ID FILE.md                 # the text: lessons/en/FILE.md and lessons/ja/FILE.md
 *   done fix FIX-ID...            # these fixes' probes hold
 *   done check [CRITERION-ID...]  # the check passes (those criteria, or all but bonuses)
 *   done handover FAILED TAKES-OVER  # while WAN FAILED was down, a subflow from WAN TAKES-OVER moved bytes
 * </pre>
 */
final class LessonSyntax {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*\\.md");

    /** What the parser lends: errors that carry the line, and the line number now. */
    interface Context {
        ScenarioFormatException error(String problem);

        int line();

        void line(int n);
    }

    private final Context ctx;
    private final Map<String, StepBuilder> steps = new LinkedHashMap<>();
    private StepBuilder step;

    LessonSyntax(Context ctx) {
        this.ctx = ctx;
    }

    void statement(String keyword, List<String> words) throws ScenarioFormatException {
        switch (keyword) {
            case "step" -> {
                if (words.size() != 2) {
                    throw ctx.error("expected 'step ID FILE.md', e.g. 'step vip 01-vip.md'");
                }
                String id = words.get(0);
                if (!ID.matcher(id).matches()) {
                    throw ctx.error("step id '" + id + "' is not valid; use lower-case letters, digits and '-'");
                }
                if (!FILE.matcher(words.get(1)).matches() || words.get(1).contains("..")) {
                    throw ctx.error("step file '" + words.get(1) + "' is not a plain file name ending in .md, e.g. 01-vip.md");
                }
                if (steps.containsKey(id)) {
                    throw ctx.error("step '" + id + "' is declared twice");
                }
                step = new StepBuilder(id, words.get(1), ctx.line());
                steps.put(id, step);
            }
            case "done" -> {
                if (step == null) {
                    throw ctx.error("'done' before any step; open one with 'step ID FILE.md'");
                }
                if (words.isEmpty() || !List.of("fix", "check", "handover").contains(words.get(0))) {
                    throw ctx.error("expected 'done fix FIX-ID...', 'done check [CRITERION-ID...]' or 'done handover FAILED TAKES-OVER'");
                }
                if (words.get(0).equals("handover")) {
                    if (words.size() != 3 || words.get(1).equals(words.get(2))) {
                        throw ctx.error("expected 'done handover FAILED TAKES-OVER' with two different WANs, e.g. 'done handover eth1 eth2'");
                    }
                    if (step.handover != null) {
                        throw ctx.error("second 'done handover' in step '" + step.id + "'");
                    }
                    step.handover = new Step.Handover(words.get(1), words.get(2));
                    step.handoverLine = ctx.line();
                } else if (words.get(0).equals("fix")) {
                    if (words.size() < 2) {
                        throw ctx.error("'done fix' needs at least one fix id, e.g. 'done fix lb-accept-local'");
                    }
                    words.subList(1, words.size()).forEach(f -> step.fixes.put(f, ctx.line()));
                } else {
                    if (step.check) {
                        throw ctx.error("second 'done check' in step '" + step.id + "'; name every criterion on one line");
                    }
                    step.check = true;
                    step.criteria.addAll(words.subList(1, words.size()));
                    step.checkLine = ctx.line();
                }
            }
            default -> throw ctx.error("unknown keyword '" + keyword + "' in the lesson; expected step or done");
        }
    }

    /**
     * @param fixIds      the scenario's fix ids
     * @param criterionIds the check's criterion ids, or null when the scenario has no check
     * @param wanDevices   the devices of the scenario's WANs
     */
    Lesson build(List<String> fixIds, List<String> criterionIds, List<String> wanDevices) throws ScenarioFormatException {
        if (steps.isEmpty()) {
            throw ctx.error("the lesson has no steps; add 'step ID FILE.md' lines after 'lesson'");
        }
        List<Step> out = new ArrayList<>();
        for (StepBuilder b : steps.values()) {
            if (b.fixes.isEmpty() && !b.check && b.handover == null) {
                ctx.line(b.line);
                throw ctx.error("step '" + b.id + "' has no 'done' line; say when it is done with 'done fix ...', 'done check' or 'done handover ...'");
            }
            if (b.handover != null) {
                for (String dev : List.of(b.handover.failed(), b.handover.takesOver())) {
                    if (!wanDevices.contains(dev)) {
                        ctx.line(b.handoverLine);
                        throw ctx.error("step '" + b.id + "' names WAN '" + dev + "', which is not one of the scenario's 'wan' lines"
                                + (wanDevices.isEmpty() ? " (it has none)" : " (" + String.join(", ", wanDevices) + ")"));
                    }
                }
            }
            for (Map.Entry<String, Integer> f : b.fixes.entrySet()) {
                if (!fixIds.contains(f.getKey())) {
                    ctx.line(f.getValue());
                    throw ctx.error("step '" + b.id + "' names fix '" + f.getKey() + "', which this scenario does not have");
                }
            }
            if (b.check && criterionIds == null) {
                ctx.line(b.checkLine);
                throw ctx.error("step '" + b.id + "' waits for the check, but the scenario has no check section");
            }
            for (String c : b.criteria) {
                if (!criterionIds.contains(c)) {
                    ctx.line(b.checkLine);
                    throw ctx.error("step '" + b.id + "' names check criterion '" + c + "', which the check does not have");
                }
            }
            out.add(new Step(b.id, b.file, List.copyOf(b.fixes.keySet()), b.check, b.criteria, b.handover));
        }
        return new Lesson(out);
    }

    private static final class StepBuilder {
        final String id;
        final String file;
        final int line;
        final Map<String, Integer> fixes = new LinkedHashMap<>();
        final List<String> criteria = new ArrayList<>();
        boolean check;
        int checkLine;
        Step.Handover handover;
        int handoverLine;

        StepBuilder(String id, String file, int line) {
            this.id = id;
            this.file = file;
            this.line = line;
        }
    }
}
