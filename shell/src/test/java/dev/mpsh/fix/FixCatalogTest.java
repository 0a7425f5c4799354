package dev.mpsh.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpsh.api.Fix;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.ScenarioSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handover catalog: lookup with suggestions, dependency order, the user's language. No lab needed. */
class FixCatalogTest {
    private final Scenario scenario;
    private final FixCatalog catalog;

    FixCatalogTest() throws Exception {
        scenario = new ScenarioSource().get();
        catalog = new FixCatalog(scenario);
    }

    @Test
    void anUnknownIdSuggestsTheClosestOne() {
        CommandException e = assertThrows(CommandException.class, () -> catalog.get("app1-sginal"));
        assertEquals("unknown fix 'app1-sginal'; did you mean 'app1-signal'? 'fix list' shows them all", e.getMessage());
        assertEquals(2, e.status());
        assertEquals("unknown fix 'zzzzzzzzzzzzzzzzzzzz'; 'fix list' shows them all",
                assertThrows(CommandException.class, () -> catalog.get("zzzzzzzzzzzzzzzzzzzz")).getMessage());
    }

    @Test
    void requirementsComeFirstWhateverOrderTheyAreGivenIn() throws Exception {
        List<Fix> order = catalog.inDependencyOrder(List.of(catalog.get("app1-signal"), catalog.get("client-limits"), catalog.get("app1-vip")));
        assertEquals(List.of("client-limits", "app1-vip", "app1-signal"), order.stream().map(Fix::id).toList());
        assertEquals(List.of("app1-signal"), catalog.dependents(catalog.get("app1-vip")).stream().map(Fix::id).toList());
    }

    @Test
    void planningRefusesAMissingRequirementAndWithDepsAddsIt() throws Exception {
        FixRunner runner = new FixRunner(catalog, null, line -> { });
        Map<String, FixState> broken = new java.util.HashMap<>();
        catalog.ids().forEach(id -> broken.put(id, FixState.NOT_APPLIED));
        CommandException e = assertThrows(CommandException.class,
                () -> runner.planApply(List.of(catalog.get("app2-signal")), false, broken));
        assertEquals("fix 'app2-signal' requires 'app2-vip', which is not applied; apply it first or use 'fix apply --with-deps app2-signal'",
                e.getMessage());
        assertEquals(List.of("app2-vip", "app2-signal"), runner.planApply(List.of(catalog.get("app2-signal")), true, broken)
                .fixes().stream().map(Fix::id).toList());
    }

    @Test
    void languageComesFromTheOptionElseTheLocale() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("show", "--lang", "ja", "x"));
        assertEquals("ja", Language.take(args, Map.of()));
        assertEquals(List.of("show", "x"), args);
        assertEquals("ja", Language.take(new java.util.ArrayList<>(), Map.of("LANG", "ja_JP.UTF-8")));
        assertEquals("en", Language.take(new java.util.ArrayList<>(), Map.of("LC_ALL", "C", "LANG", "ja_JP.UTF-8")));
        assertEquals("en", Language.take(new java.util.ArrayList<>(), Map.of()));
        assertThrows(CommandException.class, () -> Language.take(new java.util.ArrayList<>(List.of("--lang", "fr")), Map.of()));
    }
}
