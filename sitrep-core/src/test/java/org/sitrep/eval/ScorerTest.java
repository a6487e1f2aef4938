package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.eval.HandMade.gold;
import static org.sitrep.eval.HandMade.prediction;

/** The scoring rules on hand-made events; ScorerParityTest checks the same against score.py on real gold. */
class ScorerTest {
    private final Scorer scorer = new Scorer();

    @Test
    void coreGoldIsMatchedBeforeOptionalAndAnOptionalMatchIsNoFalsePositive() {
        GoldEvent core = gold("{\"id\": \"t-02\"}");
        GoldEvent optional = gold("{\"id\": \"t-01\", \"optional\": true}");
        // two predictions fit both: one goes to the core event, the other to the optional one
        Score s = scorer.score(List.of(optional, core), List.of(prediction("{\"event_id\": \"a\"}"), prediction("{\"event_id\": \"b\"}")));
        assertEquals(1, s.tp());
        assertEquals(0, s.fp());
        assertEquals(0, s.fn());
        assertEquals(1.0, s.precision());
        assertEquals(2, s.pairs().size());
        // one prediction only: it serves the core event
        Score one = scorer.score(List.of(optional, core), List.of(prediction("{}")));
        assertEquals(1, one.tp());
        assertEquals(core, one.pairs().get(0).gold());
    }

    @Test
    void missesExtrasAndTheFigures() {
        GoldEvent a = gold("{\"id\": \"t-01\"}");
        GoldEvent b = gold("{\"id\": \"t-02\", \"location\": \"Deir Hafer\", \"location_alt\": [], \"lat\": null, \"lon\": null}");
        Prediction hit = prediction("{\"event_id\": \"hit\"}");
        Prediction late = prediction("{\"event_id\": \"late\", \"location\": \"Dayr Hafer\", \"event_date\": \"2020-03-20\"}");
        Prediction otherDoc = prediction("{\"event_id\": \"other\", \"doc_id\": \"d2\"}");
        Score s = scorer.score(List.of(a, b), List.of(hit, late, otherDoc));
        assertEquals(1, s.tp());
        assertEquals(2, s.fp());
        assertEquals(1, s.fn());
        assertEquals(List.of(b), s.misses());
        assertEquals(List.of("late", "other"), s.extras().stream().map(p -> p.text("event_id")).toList());
        assertEquals(List.of(new Score.DocRow("d1", 1, 1, 1), new Score.DocRow("d2", 0, 1, 0)), s.docs());
        assertEquals(1.0 / 3, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(0.4, s.f1(), 1e-12);
        assertEquals(2, s.goldCore());
        assertEquals(3, s.predicted());
    }

    @Test
    void fieldsAreScoredOnCorePairsOnly() {
        GoldEvent core = gold("{\"id\": \"t-01\", \"fatalities\": null}");
        GoldEvent optional = gold("{\"id\": \"t-02\", \"optional\": true, \"location\": \"Deir Hafer\", \"location_alt\": [], \"lat\": null}");
        Score s = scorer.score(List.of(core, optional), List.of(
                prediction("{\"certainty\": \"claimed\"}"),
                prediction("{\"event_id\": \"p-2\", \"location\": \"Deir Hafer\", \"latitude\": null, \"certainty\": \"claimed\"}")));
        assertEquals(new Score.Tally(0, 1), s.fields().get("certainty"));
        assertEquals(null, s.fields().get("fatalities")); // never scored: no key, as in score.py
        assertEquals(List.of("actor1", "actor2", "certainty", "coordinates", "date", "sub_event_type"), new ArrayList<>(s.fields().keySet()));
    }

    @Test
    void predictionsAtANegativePlaceAreEventsFromNonEvents() {
        GoldEvent event = gold("{}");
        GoldEvent plan = GoldEvent.fromJson(HandMade.object(
                "{\"id\": \"t-09\", \"doc\": \"d1\", \"location\": \"Manbij\", \"location_alt\": [\"Menbij\"], \"negative\": true,"
                        + " \"event_type\": null, \"sub_event_type\": [], \"date\": null, \"optional\": true, \"note\": \"a plan\"}"), "hand:9");
        Score s = scorer.score(List.of(event, plan), List.of(prediction("{}"),
                prediction("{\"event_id\": \"p-2\", \"location\": \"Menbij\", \"latitude\": null}")));
        assertEquals(1, s.nonEventHits().size());
        assertEquals(plan, s.nonEventHits().get(0).negative());
        assertEquals(1, s.tp());
        assertEquals(1, s.fp());
        assertEquals(1, s.goldCore()); // a negative line is no gold event
    }

    @Test
    void theOrderOfPredictionsDoesNotMatter() {
        List<GoldEvent> gold = List.of(gold("{\"id\": \"t-01\"}"), gold("{\"id\": \"t-02\", \"date\": \"2020-03-11\", \"actor1\": \"Islamic State\"}"),
                gold("{\"id\": \"t-03\", \"event_type\": \"Explosions/Remote violence\", \"sub_event_type\": [\"Air/drone strike\"]}"));
        List<Prediction> predictions = new ArrayList<>();
        for (int k = 0; k < 6; k++)
            predictions.add(prediction("{\"event_id\": \"p-" + k + "\", \"event_date\": \"2020-03-1" + (k % 3) + "\", \"actor1\": \""
                    + (k % 2 == 0 ? "Islamic State" : "Syrian Arab Army") + "\", \"event_type\": \""
                    + (k == 5 ? "Explosions/Remote violence" : "Battles") + "\"}"));
        String first = describe(scorer.score(gold, predictions));
        Random random = new Random(3);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(predictions, random);
            assertEquals(first, describe(scorer.score(gold, predictions)));
        }
    }

    private static String describe(Score s) {
        StringBuilder b = new StringBuilder(s.tp() + "/" + s.fp() + "/" + s.fn() + " " + s.fields());
        s.pairs().forEach(p -> b.append(' ').append(p.gold().id()).append('=').append(p.prediction().text("event_id")));
        return b.toString();
    }
}
