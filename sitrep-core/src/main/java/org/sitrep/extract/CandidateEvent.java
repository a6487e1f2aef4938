package org.sitrep.extract;

import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Sentence;

/**
 * An event as coded from one sentence, before its place and date are resolved.
 *
 * @param category    what the trigger reported; the sub-event type is decided once the place's country is known
 * @param place       the place slot, or null for a trigger that names no place (it may still carry a toll)
 * @param placeVague  the place came from "in this area"/"there": a reference back to the previous sentences
 */
record CandidateEvent(Sentence sentence, Trigger trigger, Category category, SubEventType provisional, PlaceSlot place,
                      boolean placeVague, Roles roles, Attribution attribution, Integer fatalities, Span fatalitySpan) {
    CandidateEvent withFatalities(Integer n, Span span) {
        return new CandidateEvent(sentence, trigger, category, provisional, place, placeVague, roles, attribution, n, span);
    }

    CandidateEvent withRoles(Roles r) {
        return new CandidateEvent(sentence, trigger, category, provisional, place, placeVague, r, attribution, fatalities, fatalitySpan);
    }

    CandidateEvent withProvisional(SubEventType t) {
        return new CandidateEvent(sentence, trigger, category, t, place, placeVague, roles, attribution, fatalities, fatalitySpan);
    }

    CandidateEvent withPlace(PlaceSlot p, boolean vague) {
        return new CandidateEvent(sentence, trigger, category, provisional, p, vague, roles, attribution, fatalities, fatalitySpan);
    }
}
