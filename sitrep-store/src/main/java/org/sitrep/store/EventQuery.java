package org.sitrep.store;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;

/**
 * Filters for events (all optional, null = any) and a page: the REST API's and the exporter's parameters.
 *
 * @param from         first event_date
 * @param to           last event_date
 * @param bbox         west, south, east, north (WGS84); events without coordinates never match a bbox
 * @param actor        actor1, actor2 or an associated actor, exact canonical name
 * @param source       outlet, exact name (a fused event matches when any of its reports has it)
 * @param minPrecision at least this precise: geo_precision &lt;= minPrecision (1 best)
 * @param text         case-insensitive words in notes, place, actors or evidence
 * @param independentOnly fused events only: confirmed by independent sources
 * @param cursor       where the previous page ended ({@link Page#nextCursor()}), or null for the first page
 * @param limit        page size, 1..10000
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox bbox, String actor, EventType eventType,
                         SubEventType subEventType, String source, Integer minPrecision, String text,
                         boolean independentOnly, String cursor, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        if (from != null && to != null && to.isBefore(from)) throw new IllegalArgumentException("to is before from: " + from + " > " + to);
        if (minPrecision != null && (minPrecision < 1 || minPrecision > 3))
            throw new IllegalArgumentException("min_precision must be 1, 2 or 3: " + minPrecision);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, false, null, 1000);
    }

    public EventQuery withDates(LocalDate f, LocalDate t) { return new EventQuery(f, t, bbox, actor, eventType, subEventType, source, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withBbox(BoundingBox b) { return new EventQuery(from, to, b, actor, eventType, subEventType, source, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withActor(String a) { return new EventQuery(from, to, bbox, a, eventType, subEventType, source, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withEventType(EventType t) { return new EventQuery(from, to, bbox, actor, t, subEventType, source, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withSubEventType(SubEventType t) { return new EventQuery(from, to, bbox, actor, eventType, t, source, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withSource(String s) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, s, minPrecision, text, independentOnly, cursor, limit); }
    public EventQuery withMinPrecision(Integer p) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, source, p, text, independentOnly, cursor, limit); }
    public EventQuery withText(String t) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, source, minPrecision, t, independentOnly, cursor, limit); }
    public EventQuery withIndependentOnly(boolean i) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, source, minPrecision, text, i, cursor, limit); }
    public EventQuery withCursor(String c) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, source, minPrecision, text, independentOnly, c, limit); }
    public EventQuery withLimit(int l) { return new EventQuery(from, to, bbox, actor, eventType, subEventType, source, minPrecision, text, independentOnly, cursor, l); }
}
