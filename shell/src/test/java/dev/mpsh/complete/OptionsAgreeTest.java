package dev.mpsh.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.DidYouMean;
import dev.mpsh.testing.RecordingRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Completion offers no option that the command's help text does not declare: the help text is
 * the declaration that help, the man page, docs/commands.md and did-you-mean all read.
 */
class OptionsAgreeTest {
    private final Completions completions = new Completions();
    private final CommandRegistry registry = Commands.dispatcher(RecordingRunner.recording()).registry();

    @Test
    void everyOptionCompletionOffersIsInTheHelpText() {
        List<String> undeclared = new ArrayList<>();
        int seen = 0;
        for (String word : registry.words()) {
            Command c = registry.find(word).orElseThrow();
            Set<String> declared = DidYouMean.options(c.help());
            List<String> lines = new ArrayList<>(List.of(word + " -", word + " --"));
            c.subcommands().forEach(sub -> {
                lines.add(word + " " + sub + " -");
                lines.add(word + " " + sub + " --");
            });
            for (String line : lines) {
                for (String v : completions.values(line)) {
                    // '-' (ns: the namespace before) and '--' (counters: the command follows) are no options
                    if (v.startsWith("-") && !v.equals("-") && !v.equals("--")) {
                        seen++;
                        if (!declared.contains(v)) {
                            undeclared.add("'" + line + "' offers " + v);
                        }
                    }
                }
            }
        }
        assertTrue(seen > 30, "completion offered " + seen + " options in all");
        assertEquals(List.of(), undeclared, "options offered by completion but not declared in the command's help");
    }

    @Test
    void aCommandWithoutItsOwnCompleterCompletesTheOptionsOfItsHelp() {
        assertEquals(List.of("--help", "--json", "--lang"), completions.values("check --").stream().sorted().toList());
        assertEquals(List.of("--lang"), completions.values("diagnose --json --l"));
    }
}
