package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

import static org.junit.jupiter.api.Assertions.*;

class PlaceKeyTest {
    @Test
    void foldsNewsSpellingsTogether() {
        assertEquals(PlaceKey.fold("al-Bab"), PlaceKey.fold("Al Bab"));
        assertEquals(PlaceKey.fold("al-Bab"), PlaceKey.fold("Bab"));
        assertEquals(PlaceKey.fold("Kafr Naha"), PlaceKey.fold("Kafrnaha"));
        assertEquals(PlaceKey.fold("Ma\u02bfarrat"), PlaceKey.fold("Maarrat"));
        assertEquals(PlaceKey.fold("Deir ez-Zor"), PlaceKey.fold("Deir Zor"));
        assertNotEquals(PlaceKey.fold("Tal Nabir"), PlaceKey.fold("Tal Nasir"));
    }

    @Test
    void keyPrefersTheGazetteerId() {
        Place a = new Place("Tal Nabir", "Tel Nabir", 36.1, 36.8, null, null, "Syria", 1, "g42");
        Place b = new Place("Tal Nabir", "Tal Nabir", 36.1, 36.8, null, null, "Syria", 1, null);
        assertEquals("gaz:g42", PlaceKey.of(a));
        assertEquals("name:talnabir", PlaceKey.of(b));
    }

    @Test
    void distanceIsGreatCircle() {
        Place a = new Place("A", "A", 36.0, 37.0, null, null, null, 1, null);
        Place b = new Place("B", "B", 36.0 + 1.0 / 60, 37.0, null, null, null, 1, null);   // one arc minute north
        assertEquals(1.853, PlaceKey.distanceKm(a, b), 0.01);
        assertEquals(Double.POSITIVE_INFINITY, PlaceKey.distanceKm(a, new Place("C", "C", null, null, null, null, null, 3, null)));
    }
}
