package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeatureWordsTest {
    private final FeatureWords words = FeatureWords.standard();

    @Test void trailingKindWordsComeOffTheName() {
        assertEquals("Kuweires", words.withoutTrailing("Kuweires Military Airbase"));
        assertEquals("Tishrin", words.withoutTrailing("Tishrin Dam"));
        assertNull(words.withoutTrailing("Aleppo"));
        assertNull(words.withoutTrailing("Dam"), "nothing left is no name");
    }

    @Test void aQueryLosesItsKindWordsAndGainsTheirFeatureCodes() {
        List<String> wanted = new ArrayList<>();
        assertEquals("Kuweires", words.strip("the Kuweires air base", wanted));
        assertTrue(wanted.contains("AIRB") && wanted.contains("MILB"), wanted.toString());
        List<String> hill = new ArrayList<>();
        assertEquals("Tal Hamad", words.strip("Tal Hamad hill", hill));
        assertTrue(hill.contains("HLL"));
    }
}
