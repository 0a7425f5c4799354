package dev.mpsh.lab;

import dev.mpsh.api.NsCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a scenario's commands into the processes that run them. Each command is shown as the
 * one line an engineer would type on the host ({@code ip -n NS ...}, {@code ip netns exec NS
 * sysctl ...}); runs of ip or nft commands in one namespace go to one {@code ip -n NS -batch -}
 * or {@code nft -f -} process, which is what makes building a lab take a fraction of a second.
 */
final class SetupPlan {
    private static final Pattern IP_FAILED = Pattern.compile("Command failed -:(\\d+)");
    private static final Pattern NFT_FAILED = Pattern.compile("/dev/stdin:(\\d+):");

    /**
     * One process.
     *
     * @param argv  what runs
     * @param stdin its input (the batch), or null
     * @param shown the equivalent host commands, one per scenario command, in order
     */
    record Step(List<String> argv, String stdin, List<String> shown) {

        /** The shown command that failed, from the program's error output. */
        String failedCommand(String stderr) {
            if (shown.size() == 1) {
                return shown.get(0);
            }
            for (Pattern p : List.of(IP_FAILED, NFT_FAILED)) {
                Matcher m = p.matcher(stderr);
                if (m.find()) {
                    int line = Integer.parseInt(m.group(1));
                    if (line >= 1 && line <= shown.size()) {
                        return shown.get(line - 1);
                    }
                }
            }
            return String.join("; ", shown);
        }

        /** stderr without the batch bookkeeping lines, on one line. */
        static String cleanError(String stderr) {
            List<String> kept = new ArrayList<>();
            for (String line : stderr.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !IP_FAILED.matcher(l).find() && !l.matches("\\^+")) {
                    kept.add(l.replaceFirst("^/dev/stdin:\\d+:[0-9-]+: ", ""));
                }
            }
            return kept.isEmpty() ? "(no error message)" : String.join(" ", kept);
        }
    }

    private SetupPlan() {
    }

    /** The steps for commands, with {ns:NAME} and the namespaces themselves named by netnsName. */
    static List<Step> steps(List<NsCommand> commands, UnaryOperator<String> netnsName) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < commands.size()) {
            NsCommand first = commands.get(i);
            String netns = netnsName.apply(first.namespace());
            int j = i + 1;
            if (batchable(first)) {
                while (j < commands.size() && batchable(commands.get(j))
                        && commands.get(j).namespace().equals(first.namespace())
                        && commands.get(j).program().equals(first.program())) {
                    j++;
                }
            }
            List<NsCommand> run = commands.subList(i, j);
            List<String> shown = new ArrayList<>();
            StringBuilder batch = new StringBuilder();
            for (NsCommand c : run) {
                List<String> words = c.expand(netnsName);
                shown.add(ShellWords.join(hostForm(netns, words)));
                batch.append(String.join(" ", words.subList(1, words.size()))).append('\n');
            }
            if (run.size() > 1 && first.program().equals("ip")) {
                steps.add(new Step(List.of("ip", "-n", netns, "-batch", "-"), batch.toString(), shown));
            } else if (run.size() > 1) {
                steps.add(new Step(List.of("ip", "netns", "exec", netns, "nft", "-f", "-"), batch.toString(), shown));
            } else {
                steps.add(new Step(hostForm(netns, first.expand(netnsName)), null, shown));
            }
            i = j;
        }
        return steps;
    }

    /** The command as typed on the host: ip takes -n; everything else runs under ip netns exec. */
    static List<String> hostForm(String netns, List<String> words) {
        List<String> argv = new ArrayList<>();
        if (words.get(0).equals("ip")) {
            argv.addAll(List.of("ip", "-n", netns));
        } else {
            argv.addAll(List.of("ip", "netns", "exec", netns, words.get(0)));
        }
        argv.addAll(words.subList(1, words.size()));
        return argv;
    }

    /** ip and nft read batches; a word with blanks would be split by ip's batch reader. */
    private static boolean batchable(NsCommand c) {
        if (c.program().equals("nft")) {
            return true;
        }
        return c.program().equals("ip") && c.words().stream().noneMatch(w -> w.contains(" ") || w.contains("\""));
    }
}
