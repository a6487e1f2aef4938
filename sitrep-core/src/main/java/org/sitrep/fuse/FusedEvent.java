package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.Certainty;
import org.sitrep.model.DateRange;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

import java.util.List;

/**
 * One happening as several reports describe it: the best-supported value of each field, every report behind it,
 * the distinct outlets, the fields on which the reports differ, and how well it is corroborated.
 *
 * @param fusedId  "F" + 16 hex digits of SHA-256 over the sorted report ids: the same reports give the same id
 * @param reports  every report, sorted by event id
 * @param sources  distinct outlets, sorted
 * @param notes    the notes of the report that agrees best with the chosen fields
 */
public record FusedEvent(String fusedId, DateRange date, SubEventType subEventType, Actor actor1, Actor actor2,
                         List<String> assocActor1, List<String> assocActor2, Place place, Integer fatalities,
                         Certainty certainty, String claimSource, String notes, List<Event> reports,
                         List<String> sources, List<Disagreement> disagreements, Corroboration corroboration) {
    public FusedEvent {
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
        reports = List.copyOf(reports);
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
    }

    public EventType eventType() { return subEventType.type(); }

    public List<String> reportIds() { return reports.stream().map(Event::eventId).toList(); }

    /**
     * The report that agrees best with the chosen fields (its evidence sentence stands for the fused event).
     */
    public Event representative() {
        Event best = null;
        int bestScore = -1;
        for (Event r : reports) {
            int s = (r.subEventType() == subEventType ? 4 : 0) + (r.date().equals(date) ? 2 : 0)
                    + (PlaceKey.of(r.place()).equals(PlaceKey.of(place)) ? 2 : 0)
                    + (java.util.Objects.equals(r.fatalities(), fatalities) ? 1 : 0);
            if (s > bestScore) { best = r; bestScore = s; }
        }
        return best;
    }

    /**
     * This fused event as one {@link Event} row for exporters: the fused id, the chosen fields, the
     * representative report's evidence and URL, and every outlet joined with "; " as ACLED lists sources.
     */
    public Event asEvent() {
        Event rep = representative();
        return new Event(fusedId, rep.docId(), date, subEventType, actor1, actor2, assocActor1, assocActor2, place,
                fatalities, certainty, claimSource, notes, rep.evidence(), String.join("; ", sources), rep.sourceUrl());
    }
}
