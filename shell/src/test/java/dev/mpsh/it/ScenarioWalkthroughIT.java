package dev.mpsh.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.api.Step;
import dev.mpsh.plugin.InstalledScenario;
import dev.mpsh.testing.LabTests;
import dev.mpsh.testing.Run;
import dev.mpsh.testing.TestScenarios;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's walkthrough, in both languages, through the real launcher on a fresh lab:
 * each step's fixes applied in turn finish that step (shown with its title in that language),
 * a check step by the check passing, a handover step by a drill that fails the WAN (the kernel
 * seen carrying the traffic on the other one), and the walkthrough ends complete.
 */
class ScenarioWalkthroughIT {
    @TempDir
    Path state;

    static Stream<Arguments> scenariosAndLanguages() {
        return TestScenarios.ids().stream().filter(id -> TestScenarios.get(id).lesson() != null)
                .flatMap(id -> Stream.of(Arguments.of(id, "en"), Arguments.of(id, "ja")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("scenariosAndLanguages")
    void eachStepsFixesFinishItsStepUpToACompleteWalkthrough(String id, String lang) throws Exception {
        LabTests.requireLab();
        String lab = LabTests.uniqueLabName();
        InstalledScenario sc = TestScenarios.installed(id);
        try {
            StringBuilder typed = new StringBuilder("lab up\nwalkthrough --lang " + lang + "\n");
            List<String> expected = new ArrayList<>();
            int n = 0;
            for (Step step : sc.scenario().lesson().steps()) {
                n++;
                typed.append(step.handover() != null ? "drill wan-down " + step.handover().failed() + " --at 1s --length 4s"
                        : step.fixes().isEmpty() ? "check" : "fix apply --with-deps " + String.join(" ", step.fixes())).append('\n');
                String title = sc.plugin().stepText(step, lang).title();
                expected.add(lang.equals("ja") ? "✔ ステップ " + n + " 完了: " + title : "✔ Step " + n + " done: " + title);
            }
            expected.add(lang.equals("ja") ? "ウォークスルーは完了です。" : "The walkthrough is complete.");
            String out = session(lab, id, typed.toString());
            String first = sc.plugin().stepText(sc.scenario().lesson().steps().get(0), lang).title();
            assertTrue(out.contains((lang.equals("ja") ? "ステップ 1/" : "Step 1/") + n + ": " + first), out);
            int at = 0;
            for (String line : expected) {
                int i = out.indexOf(line, at);
                assertTrue(i >= at, "missing, or out of order: '" + line + "' in\n" + out);
                at = i;
            }
            String status = session(lab, id, "walkthrough status --json\n");
            assertTrue(status.contains("\"state\":\"done\"") && !status.contains("\"to do\""), status);
        } finally {
            LabLifecycleIT.downAndAssertNothingLeft(lab);
        }
    }

    /** Types the lines into one mpsh of this lab and scenario, as from a pipe, and returns all it printed. */
    private String session(String lab, String scenario, String lines) throws Exception {
        File in = state.resolve("typed-" + System.nanoTime()).toFile();
        Files.writeString(in.toPath(), lines, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(Run.home().resolve("mpsh").toString(), "--lab", lab, "--scenario", scenario)
                .redirectInput(in).redirectErrorStream(true);
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.environment().put("LANG", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "mpsh did not finish: " + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
