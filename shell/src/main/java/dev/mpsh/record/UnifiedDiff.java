package dev.mpsh.record;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as {@code diff -u} prints it) between expected and actual lines, where
 * "the same" is a predicate: an actual line that matches its pattern line counts as unchanged and
 * is shown as the pattern, so the diff shows only real differences.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Beyond this many lines a side, lines are compared in order only (no alignment search). */
    private static final int MAX_ALIGN = 2000;

    /** Whether expected line {@code i} and actual line {@code j} are the same. */
    @FunctionalInterface
    public interface Same {
        boolean test(int i, int j);
    }

    private record Op(char kind, String text) {
    }

    private UnifiedDiff() {
    }

    /**
     * @param aStart the line number of {@code a}'s first line (1-based), for the hunk headers
     * @return the diff, or an empty string when every line is the same
     */
    public static String diff(String aName, String bName, List<String> a, List<String> b, Same same,
            int aStart, int bStart) {
        List<Op> ops = align(a, b, same);
        if (ops.stream().allMatch(o -> o.kind == ' ')) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(aName).append('\n').append("+++ ").append(bName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while changes are within 2 * CONTEXT lines of each other.
            int lastChange = i;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end).kind != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            hunk(sb, ops, start, end, aStart, bStart);
            i = end;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<Op> ops, int start, int end, int aStart, int bStart) {
        int aLine = aStart;
        int bLine = bStart;
        for (int k = 0; k < start; k++) {
            aLine += ops.get(k).kind != '+' ? 1 : 0;
            bLine += ops.get(k).kind != '-' ? 1 : 0;
        }
        int aCount = 0;
        int bCount = 0;
        for (int k = start; k < end; k++) {
            aCount += ops.get(k).kind != '+' ? 1 : 0;
            bCount += ops.get(k).kind != '-' ? 1 : 0;
        }
        sb.append("@@ -").append(range(aLine, aCount)).append(" +").append(range(bLine, bCount)).append(" @@\n");
        for (int k = start; k < end; k++) {
            sb.append(ops.get(k).kind).append(ops.get(k).text).append('\n');
        }
    }

    private static String range(int line, int count) {
        if (count == 1) {
            return String.valueOf(line);
        }
        return (count == 0 ? line - 1 : line) + "," + count;
    }

    /**
     * For each line of {@code b}, the line of {@code a} it is aligned with as the same, or -1
     * when it is new: the alignment the diff shows.
     */
    public static int[] pairs(List<String> a, List<String> b, Same same) {
        int[] pair = new int[b.size()];
        int i = 0;
        int j = 0;
        for (Op op : align(a, b, same)) {
            switch (op.kind) {
                case ' ' -> pair[j++] = i++;
                case '-' -> i++;
                default -> pair[j++] = -1;
            }
        }
        return pair;
    }

    private static List<Op> align(List<String> a, List<String> b, Same same) {
        int n = a.size();
        int m = b.size();
        List<Op> ops = new ArrayList<>();
        if ((long) n * m > (long) MAX_ALIGN * MAX_ALIGN) {
            int k = 0;
            for (; k < Math.min(n, m) && same.test(k, k); k++) {
                ops.add(new Op(' ', a.get(k)));
            }
            a.subList(k, n).forEach(t -> ops.add(new Op('-', t)));
            b.subList(k, m).forEach(t -> ops.add(new Op('+', t)));
            return ops;
        }
        // Longest common subsequence from the end, then walk it from the start.
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same.test(i, j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same.test(i, j) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                ops.add(new Op(' ', a.get(i++)));
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        return ops;
    }
}
