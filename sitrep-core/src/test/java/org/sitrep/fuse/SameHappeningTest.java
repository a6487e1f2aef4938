package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

import static org.junit.jupiter.api.Assertions.*;

class SameHappeningTest {
    private final SameHappening rule = new SameHappening();

    @Test
    void aDayLaterElsewhereSpelledIsTheSameHappening() {
        var a = Report.of("a").on("2019-01-07").at("al-Hamra", 36.10, 36.80).build();
        var b = Report.of("b").on("2019-01-08").at("Hamra", 36.11, 36.81).build();
        assertTrue(rule.test(a, b));
        assertTrue(rule.test(b, a));
    }

    @Test
    void twoDaysApartIsNot() {
        var a = Report.of("a").on("2019-01-07").build();
        var b = Report.of("b").on("2019-01-09").build();
        assertFalse(rule.test(a, b));
    }

    @Test
    void aWeekRangeMeetsADayInside() {
        var a = Report.of("a").during("2019-01-01", "2019-01-07", 2).build();
        var b = Report.of("b").on("2019-01-05").build();
        assertTrue(rule.test(a, b));
    }

    @Test
    void placesFarApartAreNot() {
        var a = Report.of("a").at("Tal Nabir", 36.10, 36.80).build();
        var b = Report.of("b").at("Deir Hawa", 36.30, 36.80).build();   // about 22 km north
        assertFalse(rule.test(a, b));
    }

    @Test
    void sameGazetteerIdMatchesWhateverTheSpelling() {
        var a = Report.of("a").at("Tal Nabir", 36.10, 36.80).gazetteer("g1").build();
        var b = Report.of("b").at("Tal Nabir", 36.10, 36.80).mention("Tell an-Nabir").gazetteer("g1").geoPrecision(2).build();
        assertTrue(rule.test(a, b));
    }

    @Test
    void aPlacePutBesideATownIsNotThatTown() {
        // "the towns of Deir Hawa and Tal Nabir": Deir Hawa, unknown to the gazetteer, stands at Tal Nabir's point
        var town = Report.of("a").at("Tal Nabir", 36.10, 36.80).gazetteer("g1").build();
        var beside = Report.of("b").at("Deir Hawa", 36.10, 36.80).gazetteer("g1").geoPrecision(2).build();
        assertFalse(rule.test(town, beside));
        assertNotEquals(PlaceKey.of(town.place()), PlaceKey.of(beside.place()));
    }

    @Test
    void provinceOnlyPlacesDoNotMatchTownsInThem() {
        var a = Report.of("a").at("Aleppo", 36.2, 37.1).geoPrecision(3).build();
        var b = Report.of("b").at("Tal Nabir", 36.2, 37.1).build();
        assertFalse(rule.test(a, b));
    }

    @Test
    void typeFamiliesMatterCaptureAndClashAreOneFamily() {
        var clash = Report.of("a").type(SubEventType.ARMED_CLASH).build();
        var capture = Report.of("b").type(SubEventType.GOVERNMENT_REGAINS_TERRITORY).build();
        var strike = Report.of("c").type(SubEventType.AIR_STRIKE).build();
        assertTrue(rule.test(clash, capture));
        assertFalse(rule.test(clash, strike));
    }

    @Test
    void actorsMustNotContradictButUnnamedFightersFitAny() {
        var saaHts = Report.of("a").actors(Report.SAA, Report.HTS).build();
        var saaRebels = Report.of("b").actors(Report.SAA, Report.REBELS).build();
        var sdfIs = Report.of("c").actors(Report.SDF, Report.IS).build();
        var rebelsOnly = Report.of("d").actors(Report.REBELS, null).build();
        assertTrue(rule.test(saaHts, saaRebels));
        assertFalse(rule.test(saaHts, sdfIs));
        assertTrue(rule.test(sdfIs, rebelsOnly));
    }

    @Test
    void reportsOfOneDocumentAreNeverMerged() {
        var a = Report.of("a").doc("d").build();
        var b = Report.of("b").doc("d").build();
        assertFalse(rule.test(a, b));
    }
}
