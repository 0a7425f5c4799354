package dev.mpsh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void englishBreaksBetweenWordsWithinTheWidth() {
        String text = "word ".repeat(60).strip();
        String wrapped = Wrap.text(text, "   why:      ", "             ");
        for (String line : wrapped.split("\n")) {
            assertTrue(Wrap.width(line) <= Wrap.WIDTH, line);
        }
        assertTrue(wrapped.startsWith("   why:      word word"), wrapped);
        assertTrue(wrapped.split("\n")[1].startsWith("             word"), wrapped);
        assertEquals(text, wrapped.replace("   why:      ", "").replaceAll("\n +", " "));
    }

    @Test
    void japaneseCountsTwoColumnsACharacterAndBreaksAnywhere() {
        String text = "あ".repeat(100);
        String[] lines = Wrap.text(text, "", "").split("\n");
        assertEquals(3, lines.length);
        assertEquals(44, lines[0].length()); // 88 columns
        assertEquals(Wrap.WIDTH, Wrap.width(lines[0]));
    }

    @Test
    void shortTextIsLeftAlone() {
        assertEquals("state: ok", Wrap.text("ok", "state: ", "       "));
    }
}
