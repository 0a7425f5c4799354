package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.testing.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/commands.md is the help texts: when a command's help changes, the doc must change too. */
class CommandsDocTest {
    static final String MARKER = "<!-- generated: ./mpsh -c 'help --markdown' -->\n";

    @Test
    void theCommandReferenceIsTheHelpText() throws IOException {
        Path doc = Run.home().resolve("docs/commands.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int at = text.indexOf(MARKER);
        assertTrue(at >= 0, "docs/commands.md lacks the line " + MARKER.strip());
        String generated = HelpCommand.markdown(Commands.dispatcher().registry(), new dev.mpsh.lab.ScenarioSource().orNull());
        assertEquals(generated, text.substring(at + MARKER.length()),
                "docs/commands.md is out of date: replace everything after the marker with the output of "
                        + "./mpsh -c 'help --markdown'");
    }
}
