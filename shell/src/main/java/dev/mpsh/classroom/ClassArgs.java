package dev.mpsh.classroom;

import dev.mpsh.LabNames;
import dev.mpsh.command.CommandException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of {@code class up N [--scenario S] [--prefix P] [--confine] [-v]},
 * {@code class down [--prefix P] [-v]}, {@code class reset LAB [-v]} and
 * {@code class status [--prefix P]} and {@code class board [--prefix P] [--headless S]}.
 *
 * @param count  up: how many labs (1..99); else 0
 * @param prefix null when not given (down and status then mean every class, or the only one)
 * @param lab    reset: the lab to rebuild; else null
 * @param headless board: seconds to run without a terminal; else 0
 */
record ClassArgs(String sub, int count, String prefix, String scenario, boolean confine, boolean verbose, String lab, int headless) {
    static final String DEFAULT_PREFIX = "t";
    static final int MAX = 99;
    static final String USAGE = "class up N [--scenario S] [--prefix P] [--confine] | class down [--prefix P] | class reset LAB"
            + " | class status [--prefix P] | class board [--prefix P]";
    static final List<String> SUBCOMMANDS = List.of("up", "down", "reset", "status", "board");
    /** The longest headless run of the board: long enough for any measurement. */
    static final int MAX_HEADLESS = 3600;

    static ClassArgs parse(List<String> words) throws CommandException {
        List<String> rest = new ArrayList<>(words);
        if (rest.isEmpty()) {
            throw CommandException.usage("needs a subcommand: up, down, reset, status or board; see 'help class'");
        }
        String sub = rest.remove(0);
        if (!SUBCOMMANDS.contains(sub)) {
            throw CommandException.unknownSubcommand(sub, "expected up, down, reset, status or board");
        }
        boolean verbose = rest.remove("-v");
        boolean confine = rest.remove("--confine");
        String prefix = value(rest, "--prefix", "t");
        String scenario = value(rest, "--scenario", "fallback");
        String headless = value(rest, "--headless", "60");
        if (headless != null && !sub.equals("board")) {
            throw CommandException.usage("--headless is for 'class board' (it runs the board without a terminal)");
        }
        if (confine && !sub.equals("up")) {
            throw CommandException.usage("--confine is for 'class up' (it shows the confined command for each lab)");
        }
        if (scenario != null && !sub.equals("up")) {
            throw CommandException.usage("--scenario is for 'class up'; a class keeps the scenario it was built with");
        }
        for (String w : rest) {
            if (w.startsWith("-")) {
                throw CommandException.unknownOption(w, "usage: " + USAGE);
            }
        }
        if (prefix != null && !LabNames.valid(prefix + "01")) {
            throw CommandException.usage("prefix '" + prefix + "' is not valid: up to 10 letters, digits or '-', starting with a letter"
                    + " (its labs are named " + prefix + "01 …)");
        }
        switch (sub) {
            case "up" -> {
                if (rest.size() != 1) {
                    throw CommandException.usage(rest.isEmpty() ? "needs how many labs, e.g. 'class up 12'" : "unexpected '" + rest.get(1) + "'; usage: class up N [--scenario S] [--prefix P] [--confine]");
                }
                int n;
                try {
                    n = Integer.parseInt(rest.get(0));
                } catch (NumberFormatException e) {
                    n = -1;
                }
                if (n < 1 || n > MAX) {
                    throw CommandException.usage("'" + rest.get(0) + "' is not a number of labs from 1 to " + MAX + ", e.g. 'class up 12'");
                }
                return new ClassArgs(sub, n, prefix == null ? DEFAULT_PREFIX : prefix, scenario, confine, verbose, null, 0);
            }
            case "reset" -> {
                if (rest.size() != 1 || prefix != null) {
                    throw CommandException.usage("expected 'class reset LAB', e.g. 'class reset t07'");
                }
                return new ClassArgs(sub, 0, null, null, false, verbose, rest.get(0), 0);
            }
            default -> {
                if (!rest.isEmpty()) {
                    throw CommandException.usage("unexpected '" + rest.get(0) + "'; usage: class " + sub + " [--prefix P]"
                            + (sub.equals("board") ? " [--headless S]" : ""));
                }
                int seconds = 0;
                if (headless != null) {
                    try {
                        seconds = Integer.parseInt(headless);
                    } catch (NumberFormatException e) {
                        seconds = -1;
                    }
                    if (seconds < 1 || seconds > MAX_HEADLESS) {
                        throw CommandException.usage("'" + headless + "' is not a number of seconds from 1 to " + MAX_HEADLESS
                                + ", e.g. 'class board --headless 60'");
                    }
                }
                return new ClassArgs(sub, 0, prefix, null, false, verbose, null, seconds);
            }
        }
    }

    private static String value(List<String> rest, String option, String example) throws CommandException {
        int at = rest.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= rest.size() || rest.get(at + 1).startsWith("-")) {
            throw CommandException.usage(option + " needs a value, e.g. " + option + " " + example);
        }
        rest.remove(at);
        return rest.remove(at);
    }
}
