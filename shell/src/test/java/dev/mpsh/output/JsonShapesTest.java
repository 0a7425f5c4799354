package dev.mpsh.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.JsonShapes;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --json} document that needs no lab, checked against docs/json.md; and that every
 * document the page describes is checked by this test, {@code JsonShapesLabTest} or
 * {@code ClassUpJsonTest}.
 */
class JsonShapesTest {
    /** Documents this test runs: the page's name, then the command line. */
    static final Map<String, String> NO_LAB = new LinkedHashMap<>();

    static {
        NO_LAB.put("help", "help --json");
        NO_LAB.put("lab status", "lab status --json");
        NO_LAB.put("scenario list", "scenario list --json");
        NO_LAB.put("scenario show", "scenario show handover --json");
        NO_LAB.put("ns", "ns --json");
        NO_LAB.put("fix list", "fix list --json");
        NO_LAB.put("class status", "class status --prefix j0none --json");
    }


    private static final JsonShapes SHAPES = JsonShapes.fromDocs();

    @Test
    void everyDocumentWithoutALabHasItsDocumentedShape() {
        LabShell shell = new LabShell(LabTests.uniqueLabName("j"));
        for (Map.Entry<String, String> e : NO_LAB.entrySet()) {
            LabShell.Outcome o = shell.run(e.getValue());
            assertEquals(0, o.status(), e.getValue() + ": " + o);
            List<String> problems = SHAPES.problems(e.getKey(), JsonShapes.document(o.out()));
            assertEquals(List.of(), problems, e.getValue() + ": " + o.out());
        }
    }

    @Test
    void everyDocumentedShapeIsChecked() {
        Set<String> checked = new TreeSet<>(NO_LAB.keySet());
        java.util.stream.Stream.concat(JsonShapesLabTest.ON_THE_BROKEN_LAB.stream(), JsonShapesLabTest.WITH_A_CONNECTION.stream())
                .forEach(run -> checked.add((String) run[0]));
        checked.add("class up"); // ClassUpJsonTest: building a class's labs is a test of its own
        assertEquals(new TreeSet<>(SHAPES.names()), checked);
    }

    @Test
    void everyDocumentStartsWithTheSchemaKey() {
        for (String name : SHAPES.names()) {
            assertEquals(Set.of("integer"), SHAPES.shape(name).get("schema"), name);
            assertEquals("schema", SHAPES.shape(name).keySet().iterator().next(), name);
        }
    }

    @Test
    void theCheckFindsAnUndocumentedKeyAWrongTypeAMissingKeyAndAWrongSchema() {
        JsonShapes s = JsonShapes.parse("""
                ### `x`
                | key | type | meaning |
                |---|---|---|
                | `schema` | integer | 1 |
                | `a` | array | |
                | `a[]` | object | |
                | `a[].n` | integer or null | |
                | `m` | object | |
                | `m{}` | number | keyed by data |
                """);
        assertEquals(List.of(), s.problems("x", "{\"schema\":1,\"a\":[{\"n\":1},{\"n\":null}],\"m\":{\"eth1\":1.5,\"eth2\":2}}"));
        assertEquals(List.of("a[].extra: not in docs/json.md"),
                s.problems("x", "{\"schema\":1,\"a\":[{\"n\":1,\"extra\":true}],\"m\":{}}"));
        assertEquals(List.of("a[].n: string, documented as integer or null"),
                s.problems("x", "{\"schema\":1,\"a\":[{\"n\":\"1\"}],\"m\":{}}"));
        assertEquals(List.of("a[].n: missing", "m: missing"), s.problems("x", "{\"schema\":1,\"a\":[{}]}"));
        assertEquals(List.of("\"schema\" is 2, not 1", "m{}: string, documented as number"),
                s.problems("x", "{\"schema\":2,\"a\":[],\"m\":{\"eth1\":\"x\"}}"));
        assertTrue(s.problems("x", "[1]").get(0).startsWith("not an object"));
    }

    @Test
    void aDocumentIsTheCommandsObjectWithTheSchemaFirst() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", null);
        m.put("a", List.of(1, 2.5, "x\n\"y\"", true));
        assertEquals("{\"schema\":1,\"b\":null,\"a\":[1,2.5,\"x\\n\\\"y\\\"\",true]}", Json.document(m));
        assertEquals("{\"schema\":1}", Json.document(null));
        assertEquals(m, Json.readObject(Json.write(m)));
    }
}
