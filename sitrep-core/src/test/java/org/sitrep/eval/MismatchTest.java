package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.HandMade.gold;
import static org.sitrep.eval.HandMade.prediction;

class MismatchTest {
    private final MatchCriteria criteria = new MatchCriteria(PlaceNames.standard());

    @Test
    void namesEachFailedCriterion() {
        GoldEvent g = gold("{}");
        assertEquals(List.of(), Mismatch.reasons(criteria, prediction("{}"), g));
        assertEquals(List.of("event type Explosions/Remote violence, gold Battles",
                        "date 2020-03-14 outside 2020-03-09..2020-03-12",
                        "place 'Manbij' (text 'Manbij') is not 'Tell Rifaat' or its spellings and lies 55.6 km away (tolerance 10 km)"),
                Mismatch.reasons(criteria, prediction("{\"event_type\": \"Explosions/Remote violence\", \"event_date\": \"2020-03-14\","
                        + " \"location\": \"Manbij\", \"location_mention\": \"Manbij\", \"latitude\": 36.0}"), g));
        assertEquals(List.of("place 'Manbij' (text none) is not 'Tell Rifaat' or its spellings; the prediction has no coordinates"),
                Mismatch.reasons(criteria, prediction("{\"location\": \"Manbij\", \"location_mention\": null, \"latitude\": null}"), g));
    }
}
