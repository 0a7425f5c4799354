package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.ScenarioParser;
import dev.mpsh.command.CommandException;
import dev.mpsh.testing.LabTests;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine with a scenario of its own: nothing in it is specific to the handover scenario. */
class LabEngineFailureTest {
    private LabHarness lab;

    @BeforeEach
    void setUp() {
        LabTests.requireLab();
        lab = new LabHarness(LabTests.uniqueLabName());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lab != null) {
            lab.cleanUp();
        }
    }

    @Test
    void aFailingCommandInsideABatchIsNamedWithItsErrorAndTheLabIsRolledBack() throws Exception {
        Scenario sc = ScenarioParser.parse("two.scenario", """
                scenario two
                title en Two
                title ja 二つ
                namespace a
                namespace b
                setup a ip link add x type veth peer name y netns {ns:b}
                setup a ip addr add 10.9.0.1/24 dev x
                setup a ip link add z type no-such-kind
                setup a ip link set x up
                """);
        LabEngine engine = new LabEngine(lab.layout(), ScenarioSource.of(sc));
        CommandException e = assertThrows(CommandException.class, () -> engine.up(line -> { }));
        assertEquals("'ip -n " + lab.lab + "-a link add z type no-such-kind' failed: Error: Unknown device type.;"
                + " nothing was left behind", e.getMessage());
        assertEquals(Set.of(), lab.namespacesNow());
        assertFalse(Files.exists(lab.layout().stateFile()));
    }

    @Test
    void aGenericScenarioComesUpAndGoesDown() throws Exception {
        Scenario sc = ScenarioParser.parse("two.scenario", """
                scenario two
                title en Two
                title ja 二つ
                namespace a
                namespace b
                setup a sysctl -w net.ipv4.ip_forward=1
                setup a ip link add x type veth peer name y netns {ns:b}
                setup a ip addr add 10.9.0.1/24 dev x
                setup b ip addr add 10.9.0.2/24 dev y
                """);
        LabEngine engine = new LabEngine(lab.layout(), ScenarioSource.of(sc));
        engine.up(line -> { });
        assertEquals(Set.of(lab.lab + "-a", lab.lab + "-b"), lab.namespacesNow());
        assertEquals(Set.of("x 10.9.0.1/24"), LabHarness.addresses(lab.lab + "-a"));
        assertEquals(Set.of("y 10.9.0.2/24"), LabHarness.addresses(lab.lab + "-b"));
        assertEquals("lab '" + lab.lab + "' is down", engine.down(line -> { }));
        lab.assertNothingLeft(List.of());
    }
}
