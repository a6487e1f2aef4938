package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gold lines and predictions written by hand for the rule tests: a complete default record, overridden by the
 * fields a test cares about (given as a JSON object text). The places are made up or well known; none is a gold answer.
 */
final class HandMade {
    private HandMade() {}

    static GoldEvent gold(String overrides) {
        ObjectNode o = object("{\"id\": \"t-01\", \"doc\": \"d1\", \"location\": \"Tell Rifaat\", \"location_alt\": [\"Tal Rif'at\"],"
                + " \"admin1\": \"Aleppo\", \"event_type\": \"Battles\", \"sub_event_type\": [\"Armed clash\"],"
                + " \"date\": \"2020-03-10\", \"date_until\": \"2020-03-11\", \"time_precision\": 1,"
                + " \"actor1\": \"Syrian Arab Army\", \"assoc_actor_1\": [\"Hezbollah\"], \"actor2\": \"Syrian opposition\","
                + " \"geo_precision\": 1, \"fatalities\": 4, \"certainty\": \"reported\", \"optional\": false, \"note\": \"made up\","
                + " \"lat\": 36.5, \"lon\": 37.1}");
        o.setAll(object(overrides));
        return GoldEvent.fromJson(o, "hand:1");
    }

    static Prediction prediction(String overrides) {
        ObjectNode o = object("{\"event_id\": \"p-1\", \"doc_id\": \"d1\", \"event_date\": \"2020-03-10\", \"event_type\": \"Battles\","
                + " \"sub_event_type\": \"Armed clash\", \"actor1\": \"Syrian Arab Army\", \"actor2\": \"Syrian opposition\","
                + " \"assoc_actor_1\": [], \"assoc_actor_2\": [], \"location\": \"Tal Rifaat\", \"location_mention\": \"Tell Rifaat\","
                + " \"admin1\": \"Aleppo\", \"latitude\": 36.5, \"longitude\": 37.1, \"fatalities\": 4, \"certainty\": \"reported\","
                + " \"evidence\": {\"text\": \"A made-up sentence.\", \"start\": 0, \"end\": 19, \"fields\": {}}}");
        o.setAll(object(overrides));
        return new Prediction(o, "hand");
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JsonLines.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
