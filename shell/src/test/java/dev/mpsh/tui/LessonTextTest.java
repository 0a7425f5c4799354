package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonTextTest {

    @Test
    void markdownBecomesPlainParagraphs() {
        String md = """
                # A heading

                The VIP **10.0.83.1** goes on `lo`,
                and *this* line joins it.

                - an item
                  that goes on
                - another
                """;
        assertEquals(List.of("A heading", "", "The VIP 10.0.83.1 goes on lo, and this line joins it.", "",
                "- an item that goes on", "- another"), LessonText.paragraphs(md));
    }

    @Test
    void japaneseLinesJoinWithoutASpaceAndWrapByColumns() {
        List<String> p = LessonText.paragraphs("クライアントのアプリが\n話しかける相手は `lo` です。");
        assertEquals(List.of("クライアントのアプリが話しかける相手は lo です。"), p);
        // each of these characters takes two columns: 10 columns hold five
        List<String> wrapped = LessonText.wrap(List.of("クライアントのアプリ"), 10);
        assertEquals(List.of("クライアン", "トのアプリ"), wrapped);
    }

    @Test
    void wrappingKeepsBlankLinesAndBreaksAtSpaces() {
        assertEquals(List.of("one two", "three", "", "four"), LessonText.wrap(List.of("one two three", "", "four"), 8));
    }
}
