package dev.mpsh.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Lesson;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioPlugin;
import dev.mpsh.api.ScenarioPlugins;
import dev.mpsh.api.Step;
import dev.mpsh.api.StepText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walkthrough as shipped: every step in both languages, and every fix taught by some step. */
class HandoverLessonTest {
    private static ScenarioPlugin plugin;
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        plugin = ScenarioPlugins.byId("handover", HandoverLessonTest.class.getClassLoader()).orElseThrow();
        scenario = plugin.scenario();
    }

    @Test
    void stepsComeInTeachingOrderEndingWithTheCheckAndTheHandover() {
        Lesson lesson = scenario.lesson();
        assertEquals(List.of("vip", "accept-local", "subflows", "same-backend", "c-flag", "check", "handover"), lesson.ids());
        assertTrue(lesson.steps().get(5).check(), "the check step waits for the check");
        Step last = lesson.steps().get(lesson.steps().size() - 1);
        assertEquals(new Step.Handover("eth1", "eth2"), last.handover(), "the last step waits for the handover: eth2 carries while eth1 is down");
    }

    @Test
    void everyFixIsTaughtByExactlyOneStep() {
        List<String> taught = new ArrayList<>();
        scenario.lesson().steps().forEach(s -> taught.addAll(s.fixes()));
        assertEquals(new TreeSet<>(scenario.fixes().stream().map(f -> f.id()).toList()), new TreeSet<>(taught));
        assertEquals(taught.size(), new TreeSet<>(taught).size(), "a fix taught twice: " + taught);
    }

    @Test
    void everyStepHasATextInEnglishAndJapaneseWithTitleBodyAndTwoHints() throws Exception {
        for (Step step : scenario.lesson().steps()) {
            for (String lang : List.of("en", "ja")) {
                StepText t = plugin.stepText(step, lang);
                String where = step.path(lang);
                assertFalse(t.title().isBlank(), where + ": title");
                assertTrue(t.body().length() > 200, where + ": the body is too short to teach anything");
                assertEquals(2, t.hints().size(), where + ": two hints before the commands");
                t.hints().forEach(h -> assertFalse(h.isBlank(), where + ": empty hint"));
                String all = t.body() + "\n" + String.join("\n", t.hints());
                for (String line : all.split("\n")) {
                    assertEquals(0, line.chars().filter(c -> c == '`').count() % 2,
                            where + ": a `code` span must open and close on one line: " + line);
                }
            }
        }
    }

    @Test
    void theTwoLanguagesHaveTheSameStepFilesAndNoOthers() throws IOException {
        Set<String> files = scenario.lesson().steps().stream().map(Step::file).collect(Collectors.toCollection(TreeSet::new));
        for (String lang : List.of("en", "ja")) {
            assertEquals(files, listed(lang), "lessons/" + lang);
        }
    }

    /** The .md files of lessons/LANG in the plugin's resources. */
    private static Set<String> listed(String lang) throws IOException {
        Set<String> out = new TreeSet<>();
        java.net.URL dir = HandoverPlugin.class.getResource("lessons/" + lang);
        assertTrue(dir != null && "file".equals(dir.getProtocol()), "lessons/" + lang + " is a directory of the build");
        try (var s = java.nio.file.Files.list(java.nio.file.Path.of(java.net.URI.create(dir.toString())))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(out::add);
        }
        for (String f : out) {
            try (InputStream in = plugin.open("lessons/" + lang + "/" + f)) {
                assertTrue(in.readAllBytes().length > 0, f);
            }
        }
        return out;
    }
}
