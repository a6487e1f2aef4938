package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.HandMade.gold;
import static org.sitrep.eval.HandMade.prediction;

class MatchCriteriaTest {
    private final MatchCriteria criteria = new MatchCriteria(PlaceNames.standard());

    @Test
    void theDateMayBeOneDayOutsideTheGoldRange() {
        GoldEvent g = gold("{}"); // 2020-03-10..2020-03-11
        assertTrue(criteria.dateMatches(prediction("{\"event_date\": \"2020-03-09\"}"), g));
        assertTrue(criteria.dateMatches(prediction("{\"event_date\": \"2020-03-12T23:00:00\"}"), g));
        assertFalse(criteria.dateMatches(prediction("{\"event_date\": \"2020-03-08\"}"), g));
        assertFalse(criteria.dateMatches(prediction("{\"event_date\": \"2020-03-13\"}"), g));
        assertFalse(criteria.dateMatches(prediction("{\"event_date\": null}"), g));
        assertFalse(criteria.dateMatches(prediction("{\"event_date\": \"10 March 2020\"}"), g));
    }

    @Test
    void aPlaceMatchesByAnySpellingOfItsNameOrMention() {
        GoldEvent g = gold("{\"lat\": null, \"lon\": null}");
        assertTrue(criteria.placeMatches(prediction("{\"location\": \"Tall Rifat\", \"latitude\": null}"), g));
        // the gazetteer name may be wrong while the text's mention is right
        assertTrue(criteria.placeMatches(prediction("{\"location\": \"Somewhere\", \"location_mention\": \"the town of Tal Rif'at\"}"), g));
        assertFalse(criteria.placeMatches(prediction("{\"location\": \"Somewhere\", \"location_mention\": \"Elsewhere\"}"), g));
        // an empty name never matches an empty alternative
        assertFalse(criteria.placeMatches(prediction("{\"location\": \"\", \"location_mention\": null}"),
                gold("{\"location_alt\": [\"\"], \"lat\": null}")));
    }

    @Test
    void aPlaceMatchesWithinTheToleranceAroundTheGoldCoordinates() {
        GoldEvent g = gold("{\"location\": \"Nowhere Known\", \"location_alt\": []}"); // 10 km at geo_precision 1
        double north9km = 36.5 + 9.0 / 111.195, north11km = 36.5 + 11.0 / 111.195;
        assertTrue(criteria.placeMatches(prediction("{\"latitude\": " + north9km + "}"), g));
        assertFalse(criteria.placeMatches(prediction("{\"latitude\": " + north11km + "}"), g));
        assertTrue(criteria.placeMatches(prediction("{\"latitude\": " + north11km + "}"), gold("{\"location\": \"X\", \"location_alt\": [], \"tolerance_km\": 15}")));
        assertEquals(50, gold("{\"geo_precision\": 3}").tolerance());
        assertEquals(10, gold("{\"tolerance_km\": 0}").tolerance()); // 0 means none, as in score.py
        assertEquals(9.0, MatchCriteria.km(36.5, 37.1, north9km, 37.1), 0.01);
    }

    @Test
    void aRegionOnlyEventMatchesByGovernorate() {
        GoldEvent region = gold("{\"location\": \"Idlib countryside\", \"location_alt\": [], \"admin1\": \"Idlib\", \"geo_precision\": 3, \"lat\": null, \"lon\": null}");
        assertTrue(criteria.placeMatches(prediction("{\"location\": \"Kafr Nabl\", \"admin1\": \"Idleb Governorate\"}"), region));
        assertFalse(criteria.placeMatches(prediction("{\"location\": \"Kafr Nabl\", \"admin1\": \"Hama\"}"), region));
        // not at geo_precision 2
        assertFalse(criteria.placeMatches(prediction("{\"location\": \"Kafr Nabl\", \"admin1\": \"Idlib\"}"),
                gold("{\"location\": \"Idlib countryside\", \"location_alt\": [], \"admin1\": \"Idlib\", \"geo_precision\": 2, \"lat\": null}")));
    }

    @Test
    void aCandidateHasTheSameEventType() {
        GoldEvent g = gold("{}");
        assertTrue(criteria.candidate(prediction("{}"), g));
        assertFalse(criteria.candidate(prediction("{\"event_type\": \"Explosions/Remote violence\"}"), g));
        assertFalse(criteria.candidate(prediction("{\"event_type\": \"battles\"}"), g));
    }
}
