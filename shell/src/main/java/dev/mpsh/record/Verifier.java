package dev.mpsh.record;

import dev.mpsh.record.Transcript.Step;
import java.util.ArrayList;
import java.util.List;

/** Compares what a step printed and returned with what its transcript expects. */
public final class Verifier {
    private Verifier() {
    }

    /**
     * @param name the transcript's name for the diff header
     * @param output stdout and stderr interleaved as printed; colour codes are ignored
     */
    public static StepOutcome check(String name, Step step, int status, String output) {
        return check(name, step, status, output, NamespaceNames.DEFAULT);
    }

    /**
     * @param names the lab's names for the scenario's namespaces, for {@code {ns:NAME}}; output
     *              written back for {@code --update} names them that way too
     */
    public static StepOutcome check(String name, Step step, int status, String output, NamespaceNames names) {
        String plain = Ansi.strip(output);
        boolean noEol = !plain.isEmpty() && !plain.endsWith("\n");
        List<String> actual = plain.isEmpty() ? List.of()
                : List.of((noEol ? plain : plain.substring(0, plain.length() - 1)).split("\n", -1));

        // Both sides as transcript lines: the command, the output, then the status when non-zero.
        List<String> commandLines = new ArrayList<>();
        String[] cmd = step.command().split("\n", -1);
        for (int i = 0; i < cmd.length; i++) {
            commandLines.add((i == 0 ? "  $ " : "  > ") + cmd[i]);
        }
        List<String> a = new ArrayList<>(commandLines);
        List<String> b = new ArrayList<>(commandLines);
        for (Expected e : step.expected()) {
            a.add("  " + e.written());
        }
        for (int j = 0; j < actual.size(); j++) {
            b.add("  " + Expected.of(actual.get(j), noEol && j == actual.size() - 1, names).written());
        }
        if (step.status() != 0) {
            a.add("  [" + step.status() + "]");
        }
        if (status != 0) {
            b.add("  [" + status + "]");
        }
        int head = commandLines.size();
        int aOut = step.expected().size();
        int bOut = actual.size();
        UnifiedDiff.Same same = (i, j) -> {
            boolean aIsOut = i >= head && i < head + aOut;
            boolean bIsOut = j >= head && j < head + bOut;
            if (aIsOut && bIsOut) {
                Expected e = step.expected().get(i - head);
                int k = j - head;
                return e.noEol() == (noEol && k == actual.size() - 1) && e.matches(actual.get(k), names);
            }
            return !aIsOut && !bIsOut && a.get(i).equals(b.get(j));
        };
        int line = Math.max(step.line(), 1);
        String diff = UnifiedDiff.diff(name, name + " (actual)", a, b, same, line, line);
        Step updated = step;
        if (!diff.isEmpty()) {
            int[] pairs = UnifiedDiff.pairs(a, b, same);
            List<Expected> expected = new ArrayList<>();
            for (int k = 0; k < actual.size(); k++) {
                int i = pairs[head + k];
                expected.add(i >= head && i < head + aOut ? step.expected().get(i - head)
                        : Expected.of(actual.get(k), noEol && k == actual.size() - 1, names));
            }
            updated = new Step(step.line(), step.command(), expected, status, step.timing());
        }
        return new StepOutcome(step, status, plain, diff, updated);
    }
}
