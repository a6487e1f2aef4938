package org.sitrep.model;

import java.util.List;

/**
 * One coded event: one place, one day (or range), one type, as ACLED codes it, with its evidence.
 *
 * @param claimSource who claims it, when certainty is claimed or disputed
 * @param notes       one neutral sentence, without the source's loaded words
 */
public record Event(String eventId, String docId, DateRange date, SubEventType subEventType,
                    Actor actor1, Actor actor2, List<String> assocActor1, List<String> assocActor2,
                    Place place, Integer fatalities, Certainty certainty, String claimSource,
                    String notes, Evidence evidence, String source, String sourceUrl) {
    public Event {
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
    }

    public EventType eventType() { return subEventType.type(); }
}
