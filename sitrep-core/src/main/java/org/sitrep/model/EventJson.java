package org.sitrep.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output record of spec/EVENTS.md: an {@link Event} as one JSON object, and back. */
public final class EventJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {}

    public static ObjectNode toJson(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event_id", e.eventId());
        o.put("doc_id", e.docId());
        putHappening(o, e.date(), e.subEventType(), e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2(), e.place(),
                e.fatalities(), e.certainty(), e.claimSource(), e.notes());
        ObjectNode ev = o.putObject("evidence");
        ev.put("text", e.evidence().text());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        ObjectNode f = ev.putObject("fields");
        e.evidence().fields().forEach((k, s) -> f.putArray(k).add(s.start()).add(s.end()));
        o.put("source", e.source());
        o.put("source_url", e.sourceUrl());
        return o;
    }

    /**
     * The fields of what happened, from event_date to notes, in the record's order: shared by a report's record and
     * a fused event's (org.sitrep.fuse.FusedEventJson), so the two never drift apart.
     */
    public static void putHappening(ObjectNode o, DateRange date, SubEventType type, Actor actor1, Actor actor2,
                                    List<String> assoc1, List<String> assoc2, Place p, Integer fatalities,
                                    Certainty certainty, String claimSource, String notes) {
        o.put("event_date", date.eventDate().toString());
        o.put("date_from", date.from().toString());
        o.put("date_to", date.to().toString());
        o.put("time_precision", date.precision());
        o.put("event_type", type.type().label());
        o.put("sub_event_type", type.label());
        o.put("actor1", actor1 == null ? null : actor1.name());
        o.put("actor2", actor2 == null ? null : actor2.name());
        strings(o.putArray("assoc_actor_1"), assoc1);
        strings(o.putArray("assoc_actor_2"), assoc2);
        o.put("inter1", actor1 == null ? null : actor1.inter());
        o.put("inter2", actor2 == null ? null : actor2.inter());
        o.put("location", p.name());
        o.put("location_mention", p.mention());
        o.put("admin1", p.admin1());
        o.put("admin2", p.admin2());
        o.put("country", p.country());
        o.put("latitude", p.latitude());
        o.put("longitude", p.longitude());
        o.put("geo_precision", p.geoPrecision());
        o.put("gazetteer_id", p.gazetteerId());
        o.put("fatalities", fatalities);
        o.put("certainty", certainty.label());
        o.put("claim_source", claimSource);
        o.put("notes", notes);
    }

    public static String toLine(Event e) {
        try {
            return MAPPER.writeValueAsString(toJson(e));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Reads a record written by {@link #toJson}; actors come back with the inter type the record carries. */
    public static Event fromJson(JsonNode o) {
        DateRange date = date(o);
        Place place = place(o);
        JsonNode ev = o.get("evidence");
        Map<String, Span> fields = new LinkedHashMap<>();
        ev.path("fields").fields().forEachRemaining(en ->
                fields.put(en.getKey(), new Span(en.getValue().get(0).asInt(), en.getValue().get(1).asInt())));
        Evidence evidence = new Evidence(ev.path("text").asText(), ev.path("start").asInt(), ev.path("end").asInt(), fields);
        Integer fatalities = o.hasNonNull("fatalities") ? o.get("fatalities").asInt() : null;
        return new Event(text(o, "event_id"), text(o, "doc_id"), date, SubEventType.fromLabel(o.get("sub_event_type").asText()),
                actor(o, "actor1", "inter1"), actor(o, "actor2", "inter2"), strings(o.path("assoc_actor_1")),
                strings(o.path("assoc_actor_2")), place, fatalities,
                certainty(o),
                text(o, "claim_source"), text(o, "notes"), evidence, text(o, "source"), text(o, "source_url"));
    }

    public static Event fromLine(String line) {
        try {
            return fromJson(MAPPER.readTree(line));
        } catch (JsonProcessingException x) {
            throw new IllegalArgumentException("not a JSON event record: " + x.getOriginalMessage(), x);
        }
    }

    /** The date range a record states, its event date included. */
    public static DateRange date(JsonNode o) {
        return new DateRange(LocalDate.parse(o.get("date_from").asText()), LocalDate.parse(o.get("date_to").asText()),
                o.get("time_precision").asInt(), o.hasNonNull("event_date") ? LocalDate.parse(o.get("event_date").asText()) : null);
    }

    public static Place place(JsonNode o) {
        return new Place(text(o, "location"), text(o, "location_mention"), number(o, "latitude"), number(o, "longitude"),
                text(o, "admin1"), text(o, "admin2"), text(o, "country"), o.path("geo_precision").asInt(3), text(o, "gazetteer_id"));
    }

    public static Certainty certainty(JsonNode o) {
        return Certainty.valueOf(o.get("certainty").asText().toUpperCase(java.util.Locale.ROOT));
    }

    /** An actor as a record names it; its inter type as written, its country unknown. */
    public static Actor actor(JsonNode o, String name, String inter) {
        String n = text(o, name);
        return n == null ? null : new Actor(n, text(o, inter), null);
    }

    public static String text(JsonNode o, String k) { return o.hasNonNull(k) ? o.get(k).asText() : null; }

    private static Double number(JsonNode o, String k) { return o.hasNonNull(k) ? o.get(k).asDouble() : null; }

    public static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void strings(ArrayNode a, List<String> xs) { xs.forEach(a::add); }
}
