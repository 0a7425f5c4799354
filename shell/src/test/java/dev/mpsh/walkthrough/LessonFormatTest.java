package dev.mpsh.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.api.NsCommand;
import dev.mpsh.output.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonFormatTest {

    @Test
    void markdownReadsAsPlainTextWithoutColour() {
        assertEquals("Look\nthe VIP 10.0.83.1 is still addressed to it: ip addr\n2 * 3 stays",
                LessonFormat.markdown("## Look\nthe VIP **10.0.83.1** is *still addressed* to it: `ip addr`\n2 * 3 stays", Style.PLAIN));
    }

    @Test
    void withColourCodeIsCyanAndStrongIsBold() {
        assertEquals("a \u001b[36mip addr\u001b[0m and \u001b[1mVIP\u001b[0m",
                LessonFormat.markdown("a `ip addr` and **VIP**", new Style(true)));
    }

    @Test
    void commandsReadAsTypedInMpshQuotedWhereNeeded() {
        NsCommand c = new NsCommand("LB", List.of("nft", "add rule netdev lb ingress", "{ns:app-1}"), 1);
        assertEquals("LB nft 'add rule netdev lb ingress' t1-app-1", LessonFormat.typed(c, n -> "t1-" + n));
    }
}
