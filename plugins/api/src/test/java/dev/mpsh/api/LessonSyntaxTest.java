package dev.mpsh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lesson section of the scenario format and the Markdown of a step. */
class LessonSyntaxTest {
    private static final String SCENARIO = """
            scenario tiny
            title en Tiny
            title ja 小さい
            namespace b
            fix b-vip b
              title en VIP on lo
              title ja loにVIP
              explain en own it
              explain ja 持つ
              apply ip addr add 10.0.83.1/32 dev lo
              revert ip addr del 10.0.83.1/32 dev lo
              probe address b lo has 10.0.83.1/32
            fix b-arp b
              title en ARP
              title ja ARP
              explain en care
              explain ja ケア
              apply sysctl -w net.ipv4.conf.all.arp_ignore=1
              revert sysctl -w net.ipv4.conf.all.arp_ignore=0
              probe sysctl b net.ipv4.conf.all.arp_ignore = 1
            check b 10.0.83.1:80
              criterion c1 connect 10
                title en connects
                title ja つながる
              criterion c2 initial-subflow 10
                title en initial
                title ja 初回
            lesson
            step vip 01-vip.md
              done fix b-vip b-arp
            step final 02-final.md
              done fix b-vip
              done check
            """;

    @Test
    void readsTheStepsInOrderWithTheirConditions() throws Exception {
        Lesson lesson = ScenarioParser.parse("t", SCENARIO).lesson();
        assertEquals(List.of("vip", "final"), lesson.ids());
        assertEquals(new Step("vip", "01-vip.md", List.of("b-vip", "b-arp"), false, List.of()), lesson.steps().get(0));
        assertEquals(new Step("final", "02-final.md", List.of("b-vip"), true, List.of()), lesson.steps().get(1));
        assertEquals("lessons/ja/02-final.md", lesson.steps().get(1).path("ja"));
        assertEquals(1, lesson.indexOf("final"));
        assertEquals(-1, lesson.indexOf("nope"));
    }

    private static final String WITH_WANS = SCENARIO.replace("namespace b\n",
            "namespace b\nnamespace r\nwan b eth1 10.0.81.10 peer r p1\nwan b eth2 10.0.82.10 peer r p2\n");

    @Test
    void aHandoverStepNamesTheWanThatFailsAndTheOneThatTakesOver() throws Exception {
        Step last = ScenarioParser.parse("t", WITH_WANS + "step handover 03-handover.md\n  done handover eth1 eth2\n").lesson().steps().get(2);
        assertEquals(new Step.Handover("eth1", "eth2"), last.handover());
        assertTrue(last.observed());
        assertEquals(List.of(), last.fixes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "done handover eth1|t:38: expected 'done handover FAILED TAKES-OVER' with two different WANs, e.g. 'done handover eth1 eth2'",
        "done handover eth1 eth1|t:38: expected 'done handover FAILED TAKES-OVER' with two different WANs, e.g. 'done handover eth1 eth2'",
        "done handover eth1 eth3|t:38: step 'handover' names WAN 'eth3', which is not one of the scenario's 'wan' lines (eth1, eth2)",
    })
    void aHandoverStepIsRefusedWithTheLineThatIsWrong(String done, String message) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioParser.parse("t", WITH_WANS + "step handover 03-handover.md\n  " + done + "\n"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void waitingForTheCheckNeedsACheckSection() {
        String noCheck = SCENARIO.replace(SCENARIO.substring(SCENARIO.indexOf("check b"), SCENARIO.indexOf("lesson")), "");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioParser.parse("t", noCheck));
        assertEquals("t:26: step 'final' waits for the check, but the scenario has no check section", e.getMessage());
    }

    @Test
    void aScenarioWithoutALessonHasNone() throws Exception {
        assertNull(ScenarioParser.parse("t", SCENARIO.substring(0, SCENARIO.indexOf("lesson"))).lesson());
    }

    /** Each row: line LINE replaced, and the one-line error it must give. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "28|lesson now|t:28: 'lesson' stands alone on its line; the steps follow as 'step ID FILE.md'",
        "29|step vip|t:29: expected 'step ID FILE.md', e.g. 'step vip 01-vip.md'",
        "29|step Vip 01-vip.md|t:29: step id 'Vip' is not valid; use lower-case letters, digits and '-'",
        "29|step vip ../x.md|t:29: step file '../x.md' is not a plain file name ending in .md, e.g. 01-vip.md",
        "29|step vip 01-vip.txt|t:29: step file '01-vip.txt' is not a plain file name ending in .md, e.g. 01-vip.md",
        "31|step vip 02-final.md|t:31: step 'vip' is declared twice",
        "30|done fix|t:30: 'done fix' needs at least one fix id, e.g. 'done fix lb-accept-local'",
        "30|done probe b-vip|t:30: expected 'done fix FIX-ID...', 'done check [CRITERION-ID...]' or 'done handover FAILED TAKES-OVER'",
        "30|done fix b-nope|t:30: step 'vip' names fix 'b-nope', which this scenario does not have",
        "30|# no condition|t:29: step 'vip' has no 'done' line; say when it is done with 'done fix ...', 'done check' or 'done handover ...'",
        "30|fix b-more b|t:30: unknown keyword 'fix' in the lesson; expected step or done",
        "32|done check|t:33: second 'done check' in step 'final'; name every criterion on one line",
        "29|lesson|t:29: second 'lesson' line; a scenario has one lesson",
        "29|done fix b-vip|t:29: 'done' before any step; open one with 'step ID FILE.md'",
        "30|  done check c9|t:30: step 'vip' names check criterion 'c9', which the check does not have",
    })
    void reportsEachMalformedLessonLine(int line, String replacement, String expected) {
        List<String> lines = new java.util.ArrayList<>(List.of(SCENARIO.split("\n", -1)));
        lines.set(line - 1, replacement);
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioParser.parse("t", String.join("\n", lines)));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void aStepTextHasTitleBodyAndHintsInEitherLanguage() throws Exception {
        StepText t = StepText.parse("x.md", """

                # The VIP on lo

                The backends must own the VIP.

                ## Look
                `app-1 ip addr`

                ## Hint
                Where does a SYN to 10.0.83.1 end up?

                ## ヒント 2
                `ip addr add`
                """);
        assertEquals("The VIP on lo", t.title());
        assertEquals("The backends must own the VIP.\n\n## Look\n`app-1 ip addr`", t.body());
        assertEquals(List.of("Where does a SYN to 10.0.83.1 end up?", "`ip addr add`"), t.hints());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no title here|x.md:1: a step text starts with its title as '# Title'",
        "# |x.md:1: a step text starts with its title as '# Title'",
        "# Title\\n\\n## Hint\\nh|x.md:0: step 'Title' has a title but no text",
        "# Title\\nbody\\n## Hint\\n\\n## Hint\\nh|x.md:3: an empty '## Hint' section; write the hint below the heading",
    })
    void rejectsAStepTextWithoutTitleBodyOrWithAnEmptyHint(String markdown, String expected) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> StepText.parse("x.md", markdown.replace("\\n", "\n")));
        assertEquals(expected, e.getMessage());
        assertTrue(e.getMessage().indexOf('\n') < 0);
    }
}
