package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertEquals(0, EditDistance.of("jarablus", "jarablus"));
        assertEquals(1, EditDistance.of("jarablus", "jarabulus"));
        assertEquals(1, EditDistance.of("kafrnaha", "kfarnaha"), "a transposition is one edit");
        assertEquals(1, EditDistance.of("busra", "basra"));
        assertEquals(3, EditDistance.of("", "abc"));
        assertTrue(EditDistance.atMost("idlib", "idleb", 1));
        assertFalse(EditDistance.atMost("aleppo", "idlib", 2));
    }
}
