package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.eval.HandMade.gold;
import static org.sitrep.eval.HandMade.prediction;

class FieldAgreementTest {
    private final FieldAgreement agreement = new FieldAgreement(new MatchCriteria(PlaceNames.standard()));

    @Test
    void everyFieldAgreesOnAFaithfulPrediction() {
        Map<String, Boolean> f = agreement.fields(prediction("{}"), gold("{}"));
        assertEquals(FieldAgreement.FIELDS, f.keySet().stream().toList());
        f.forEach((k, v) -> assertEquals(true, v, k));
        assertEquals(7 + 3, agreement.pairScore(prediction("{}"), gold("{}")));
    }

    @Test
    void battleSidesMaySwapButOtherEventsMayNot() {
        Prediction swapped = prediction("{\"actor1\": \"Syrian opposition\", \"actor2\": \"Syrian Arab Army\"}");
        assertEquals(true, agreement.fields(swapped, gold("{}")).get("actor1"));
        assertEquals(true, agreement.fields(swapped, gold("{}")).get("actor2"));
        GoldEvent shelling = gold("{\"event_type\": \"Explosions/Remote violence\", \"sub_event_type\": [\"Shelling/artillery/missile attack\"]}");
        assertEquals(false, agreement.fields(swapped, shelling).get("actor1"));
        assertEquals(false, agreement.fields(swapped, shelling).get("actor2"));
    }

    @Test
    void associatedActorsCount() {
        GoldEvent shelling = gold("{\"event_type\": \"Explosions/Remote violence\"}");
        // an ally of actor1 named as actor1
        assertEquals(true, agreement.fields(prediction("{\"actor1\": \"HEZBOLLAH\"}"), shelling).get("actor1"));
        // the target named among the prediction's associated actors
        assertEquals(true, agreement.fields(prediction("{\"actor2\": null, \"assoc_actor_2\": [\"Syrian opposition\"]}"), shelling).get("actor2"));
        // a list of acceptable targets
        assertEquals(true, agreement.fields(prediction("{\"actor2\": \"Islamic State\"}"),
                gold("{\"event_type\": \"Explosions/Remote violence\", \"actor2\": [\"Jabhat al-Nusra\", \"Islamic State\"]}")).get("actor2"));
    }

    @Test
    void openFieldsAreNotScored() {
        Map<String, Boolean> f = agreement.fields(prediction("{}"), gold("{\"actor1\": null, \"actor2\": null, \"fatalities\": null, \"lat\": null}"));
        assertNull(f.get("actor1"));
        assertNull(f.get("actor2"));
        assertNull(f.get("fatalities"));
        assertNull(f.get("coordinates"));
    }

    @Test
    void dateFatalitiesAndCertaintyAreExact() {
        GoldEvent g = gold("{}");
        assertEquals(false, agreement.fields(prediction("{\"event_date\": \"2020-03-12\"}"), g).get("date"));
        assertEquals(true, agreement.fields(prediction("{\"event_date\": \"2020-03-11\"}"), g).get("date"));
        assertEquals(true, agreement.fields(prediction("{\"fatalities\": \"4\"}"), g).get("fatalities"));
        assertEquals(true, agreement.fields(prediction("{\"fatalities\": 4.9}"), g).get("fatalities")); // int() truncates
        assertEquals(false, agreement.fields(prediction("{\"fatalities\": 5}"), g).get("fatalities"));
        assertEquals(false, agreement.fields(prediction("{\"certainty\": \"claimed\"}"), g).get("certainty"));
        // a gold line without certainty means "reported"
        assertEquals(true, agreement.fields(prediction("{}"), GoldEvent.fromJson(withoutCertainty(), "hand:2")).get("certainty"));
    }

    @Test
    void aNameMatchOutweighsAnyOneField() {
        GoldEvent g = gold("{}");
        Prediction named = prediction("{\"certainty\": \"claimed\", \"fatalities\": 1}");
        Prediction near = prediction("{\"location\": \"Elsewhere\", \"location_mention\": \"Elsewhere\"}");
        assertEquals(5 + 3, agreement.pairScore(named, g));
        assertEquals(7, agreement.pairScore(near, g));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode withoutCertainty() {
        var o = HandMade.object("{\"id\": \"t-02\", \"doc\": \"d1\", \"location\": \"Tell Rifaat\", \"event_type\": \"Battles\","
                + " \"sub_event_type\": [\"Armed clash\"], \"date\": \"2020-03-10\"}");
        return o;
    }
}
