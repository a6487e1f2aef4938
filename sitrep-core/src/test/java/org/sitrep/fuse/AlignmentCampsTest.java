package org.sitrep.fuse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class AlignmentCampsTest {
    private final AlignmentCamps camps = new AlignmentCamps();

    @Test
    void everyAlignmentOfTheSourceRegistryHasACamp() {
        for (String a : List.of("pro-government", "opposition", "Kurdish", "Turkish", "Western", "Russian state", "Iranian state",
                "Gulf", "independent", "monitor", "party"))
            assertTrue(camps.campOf(a).isPresent(), a);
    }

    @Test
    void sidesAndNeutrals() {
        assertEquals(camps.campOf("pro-government"), camps.campOf("Russian state"));
        assertNotEquals(camps.campOf("pro-government"), camps.campOf("opposition"));
        assertEquals(Optional.of(AlignmentCamps.NEUTRAL), camps.campOf(" Monitor "));
        assertTrue(camps.campOf("astrologer").isEmpty());
        assertTrue(camps.campOf(null).isEmpty());
    }
}
