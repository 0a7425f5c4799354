package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.api.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client side and the backends come from the scenario's check section, not from engine code. */
class ScenarioRolesTest {

    @Test
    void theHandoverScenarioNamesItsClientAndBackendsThroughItsCheck() throws Exception {
        Scenario handover = new ScenarioSource().get();
        assertEquals("client", ScenarioRoles.clientNamespace(handover));
        assertEquals(List.of("client", "app-1", "app-2"), ScenarioRoles.watchedNamespaces(handover));
    }

    @Test
    void withoutACheckTheFirstNamespaceAndEveryServerCount() throws Exception {
        Scenario other = dev.mpsh.api.ScenarioParser.parse("other.scenario", """
                scenario other
                title en Other
                title ja その他
                namespace a
                namespace b
                server web b echo 0.0.0.0:80
                """);
        assertEquals("a", ScenarioRoles.clientNamespace(other));
        assertEquals(List.of("a", "b"), ScenarioRoles.watchedNamespaces(other));
    }
}
