package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 'lab status' for people and as JSON. */
class LabStatusTest {
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
    void aLabThatIsNotUpIsDown() {
        LabHarness.Run r = lab.run("lab status --json");
        assertEquals(0, r.status(), r.err());
        assertEquals("{\"schema\":1,\"lab\":\"" + lab.lab + "\",\"scenario\":null,\"state\":\"down\",\"namespaces\":[],\"servers\":[],\"wans\":[],\"restore_pending\":null,\"problems\":[]}\n", r.out());
        assertEquals("lab " + lab.lab + ": down\n'lab up' builds it.\n", lab.run("lab status").out());
    }

    @Test
    void upShowsEveryNamespaceWithItsAddressesAndBothServersAccepting() throws Exception {
        assertEquals(0, lab.run("lab up").status());
        LabHarness.Run r = lab.run("lab status --json");
        assertEquals(0, r.status(), r.err());
        String json = r.out();
        assertTrue(json.startsWith("{\"schema\":1,\"lab\":\"" + lab.lab + "\",\"scenario\":\"handover\",\"state\":\"up\",\"namespaces\":[{\"name\":\"client\",\"netns\":\"" + lab.lab + "-client\",\"present\":true,"), json);
        for (String addr : List.of("10.0.81.10/24", "10.0.82.10/24", "10.0.81.1/24", "10.0.82.1/24", "10.0.80.1/30",
                "10.0.80.2/30", "10.0.84.1/24", "10.0.83.1/32", "10.0.84.11/24", "10.0.84.12/24")) {
            assertTrue(json.contains("\"" + addr + "\""), addr + " missing from " + json);
        }
        for (String server : List.of("app-1", "app-2")) {
            assertTrue(json.matches(".*\\{\"name\":\"" + server + "\",\"namespace\":\"" + server
                    + "\",\"pid\":\\d+,\"port\":80,\"running\":true,\"accepting\":true}.*\\s*"), json);
        }
        String human = lab.run("lab status").out();
        assertTrue(human.startsWith("lab " + lab.lab + " (handover): up\n"), human);
        assertTrue(human.contains("veth-lb-br"), human);
    }
}
