package dev.mpsh.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.output.Json;
import dev.mpsh.testing.JsonShapes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 'class up --json' against docs/json.md, for a class with one lab up and one that failed. */
class ClassUpJsonTest {
    @Test
    void classUpHasItsDocumentedShape() {
        JsonShapes shapes = JsonShapes.fromDocs();
        for (boolean confine : List.of(false, true)) {
            ClassUp up = new ClassUp("j7", List.of("j701", "j702"), Arrays.asList(null, "lab up failed: no nft"), confine);
            assertEquals(List.of(), shapes.problems("class up", Json.document(up.json())));
        }
    }
}
