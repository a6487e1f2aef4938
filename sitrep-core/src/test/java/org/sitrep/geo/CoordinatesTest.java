package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CoordinatesTest {
    @Test void greatCircleDistanceAleppoDamascus() {
        // Aleppo and Damascus city centres (GeoNames) are about 310 km apart
        assertEquals(310, Coordinates.distanceKm(36.20124, 37.16117, 33.5102, 36.29128), 5);
    }

    @Test void offsetGoesTheDistanceOnTheBearing() {
        double[] p = Coordinates.offset(36.0, 37.0, 90, 12);
        assertEquals(36.0, p[0], 0.001);
        assertEquals(12, Coordinates.distanceKm(36.0, 37.0, p[0], p[1]), 0.05);
        double[] n = Coordinates.offset(36.0, 37.0, 0, 10);
        assertEquals(37.0, n[1], 1e-6);
        assertEquals(10, Coordinates.distanceKm(36.0, 37.0, n[0], n[1]), 0.05);
    }

    @Test void badCoordinatesAreClearErrors() {
        assertEquals("latitude out of range: 91", assertThrows(IllegalArgumentException.class, () -> Coordinates.latitude("91")).getMessage());
        assertEquals("longitude is not a number: 'east'", assertThrows(IllegalArgumentException.class, () -> Coordinates.longitude("east")).getMessage());
    }
}
