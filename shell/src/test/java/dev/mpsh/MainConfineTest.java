package dev.mpsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --confine} on mpsh's command line: it needs exactly one --lab, the lab to stay in. */
class MainConfineTest {

    @Test
    void confineNeedsOneLab() {
        assertEquals(2, Main.run(new String[] {"--confine", "-c", "help"}), "no --lab");
        assertEquals(2, Main.run(new String[] {"--lab", "t07", "--confine", "--lab", "t03", "-c", "help"}), "a second --lab");
    }

    @Test
    void aMistypedOptionNamesTheClosestOneInTheSameFormAsEveryCommand() {
        assertEquals(2, Main.run(new String[] {"--lav", "t1"}));
        assertEquals("mpsh: unknown option '--lav'; did you mean '--lab'? see mpsh --help", Main.unknownOption("--lav"));
        assertEquals("mpsh: unknown option '--zzzzzz'; see mpsh --help", Main.unknownOption("--zzzzzz"));
    }

    @Test
    void theUsageSaysWhatItDoes() {
        assertTrue(Main.USAGE.contains("--confine"));
    }
}
