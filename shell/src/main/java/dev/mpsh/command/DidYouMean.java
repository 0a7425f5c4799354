package dev.mpsh.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean …?" for a mistyped command, option, namespace or fix id: the closest of the
 * words that exist, by edit distance (Levenshtein), when it is close enough to be a typo.
 */
public final class DidYouMean {
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--?[a-zA-Z][a-zA-Z0-9_-]*)");
    private static final Pattern OPTION_LINE = Pattern.compile("^\\s+-");

    private DidYouMean() {
    }

    /**
     * The candidate closest to typed, or empty when none is within a typo's reach (edits: at most a
     * third of the longer word's letters, at least 1, at most 3); typed itself never counts.
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(typed)) {
                continue;
            }
            int d = distance(typed, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int reach = Math.min(3, Math.max(1, Math.max(typed.length(), best.length()) / 3));
        return bestDistance <= reach ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'X'?" for the closest candidate, or "" when none is close. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /**
     * The options a help text declares: every {@code -x}/{@code --xx} word of its usage lines (from
     * "usage:" to the first blank line) and of its option lines (lines that begin, indented, with
     * a dash), plus --help and --json, which every command takes.
     */
    public static Set<String> options(String help) {
        Set<String> out = new LinkedHashSet<>();
        for (String scan : declarations(help)) {
            Matcher m = OPTION.matcher(scan);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        out.add("--help");
        out.add("--json");
        return out;
    }

    /**
     * The parts of a help text that declare options: its usage lines (from "usage:" to the first
     * blank line) whole, and of each option line (indented, beginning with a dash) its first
     * column, the option and its value's placeholder.
     */
    static List<String> declarations(String help) {
        List<String> out = new ArrayList<>();
        boolean inUsage = false;
        for (String line : help.split("\n")) {
            if (line.startsWith("usage:")) {
                inUsage = true;
            } else if (line.isBlank()) {
                inUsage = false;
            }
            if (inUsage || OPTION_LINE.matcher(line).find()) {
                out.add(inUsage ? line : line.trim().split("\\s{2,}", 2)[0]);
            }
        }
        return out;
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit, as typos go (optimal
     * string alignment: Levenshtein plus transpositions).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
