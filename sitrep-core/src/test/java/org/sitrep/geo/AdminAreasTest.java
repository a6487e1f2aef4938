package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AdminAreasTest {
    private final AdminAreas admin = GeoFixture.admin();

    @Test void loadsEveryLevelOfTheOchaBoundaries() {
        assertEquals(14, admin.governorates().size());
        assertEquals(14 + 62 + 272, admin.areas().size());
    }

    @Test void pointInPolygonGivesGovernorateDistrictAndSubDistrict() {
        AdminArea aleppoCity = admin.locate(36.2021, 37.1343).orElseThrow();
        assertEquals("Aleppo", aleppoCity.admin1());
        assertEquals("Jebel Saman", aleppoCity.admin2());
        assertEquals("Damascus", admin.locate(33.5138, 36.2765).orElseThrow().admin1());
        assertEquals("Idleb", admin.locate(35.9306, 36.6339).orElseThrow().admin1());
        assertEquals("Al-Hasakeh", admin.locate(37.0522, 41.2314).orElseThrow().admin1());
        assertEquals("Deir-ez-Zor", admin.locate(35.3359, 40.1408).orElseThrow().admin1());
    }

    @Test void pointsOutsideSyriaHaveNoArea() {
        assertTrue(admin.locate(36.335, 43.119).isEmpty(), "Mosul is in Iraq");
        assertTrue(admin.locate(33.8938, 35.5018).isEmpty(), "Beirut is in Lebanon");
        assertTrue(admin.locate(31.9539, 35.9106).isEmpty(), "Amman is in Jordan");
    }

    @Test void governorateByAnySpelling() {
        for (String name : List.of("Idlib", "Idleb", "Idlib province", "the Idlib governorate", "إدلب"))
            assertEquals("Idleb", admin.governorate(name).orElseThrow(() -> new AssertionError(name)).admin1(), name);
        for (String name : List.of("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir el-Zour province", "دير الزور"))
            assertEquals("Deir-ez-Zor", admin.governorate(name).orElseThrow(() -> new AssertionError(name)).admin1(), name);
        assertEquals("Lattakia", admin.governorate("Latakia province").orElseThrow().admin1());
        assertEquals("Rural Damascus", admin.governorate("Rif Dimashq").orElseThrow().admin1());
        assertEquals("Rural Damascus", admin.governorate("Damascus countryside").orElseThrow().admin1());
        assertEquals("Damascus", admin.governorate("Damascus").orElseThrow().admin1());
        assertEquals("Ar-Raqqa", admin.governorate("Raqqa").orElseThrow().admin1());
        assertEquals("As-Sweida", admin.governorate("Suwayda").orElseThrow().admin1());
        assertEquals("Dar'a", admin.governorate("Daraa").orElseThrow().admin1());
        assertTrue(admin.governorate("Mosul").isEmpty());
        assertTrue(admin.governorate("province").isEmpty());
    }

    @Test void aGovernoratesRepresentativePointLiesInsideIt() {
        for (AdminArea g : admin.governorates()) {
            assertEquals(g.admin1(), admin.locate(g.latitude(), g.longitude()).orElseThrow().admin1(), g.name());
        }
    }
}
