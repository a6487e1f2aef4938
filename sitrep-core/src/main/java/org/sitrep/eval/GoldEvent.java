package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One line of a gold file (../shared/eval/GOLD-FORMAT.md): an event a careful analyst coded, or, when
 * {@code negative}, a place the article names only in a plan, denial or conditional.
 *
 * @param actor1      acceptable actor1 names, or null when the gold leaves it open (not scored)
 * @param actor2      acceptable actor2 names (a list when the report leaves it open), or null (not scored)
 * @param dateUntil   last possible day (equals {@code date} when the line gives none); null only on negatives
 * @param certainty   "reported" when the line says nothing, null when it says null
 * @param toleranceKm the line's own tolerance, or null for the default (see {@link #tolerance()})
 * @param origin      file:line, for messages
 */
public record GoldEvent(String id, String doc, String eventType, List<String> subEventTypes, LocalDate date,
                        LocalDate dateUntil, List<String> actor1, List<String> assocActor1, List<String> actor2,
                        String location, List<String> locationAlt, String admin1, Double lat, Double lon,
                        Double toleranceKm, Integer geoPrecision, Long fatalities, String certainty,
                        boolean optional, boolean negative, String note, String origin) {
    public GoldEvent {
        subEventTypes = copy(subEventTypes);
        assocActor1 = assocActor1 == null ? List.of() : copy(assocActor1);
        locationAlt = locationAlt == null ? List.of() : copy(locationAlt);
        actor1 = actor1 == null ? null : copy(actor1);
        actor2 = actor2 == null ? null : copy(actor2);
        note = note == null ? "" : note;
    }

    /** A core event: scored when missed. */
    public boolean core() { return !optional && !negative; }

    public boolean hasCoordinates() { return lat != null && lon != null; }

    /** km within which predicted coordinates count as this place: the line's own, else 10 (50 at geo_precision 3). */
    public double tolerance() {
        if (toleranceKm != null && toleranceKm != 0 && !toleranceKm.isNaN()) return toleranceKm;
        return geoPrecision != null && geoPrecision == 3 ? 50 : 10;
    }

    /** Every name the gold accepts for the place. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(location);
        all.addAll(locationAlt);
        return all;
    }

    /**
     * Reads one parsed gold line.
     *
     * @throws IllegalArgumentException naming {@code origin} and the field at fault
     */
    public static GoldEvent fromJson(JsonNode o, String origin) {
        if (!o.isObject()) throw bad(origin, "not a JSON object");
        boolean negative = PythonJson.truthy(o.get("negative"));
        String id = requiredText(o, "id", origin);
        String doc = requiredText(o, "doc", origin);
        String location = requiredText(o, "location", origin);
        LocalDate date = isoDay(o, "date", origin, !negative);
        LocalDate until = PythonJson.truthy(o.get("date_until")) ? isoDay(o, "date_until", origin, true) : date;
        if (date != null && until.isBefore(date)) throw bad(origin, "date_until " + until + " is before date " + date);
        String eventType = text(o, "event_type", origin);
        if (!negative && eventType == null) throw bad(origin, "an event needs an event_type");
        Long fatalities = null;
        JsonNode f = o.get("fatalities");
        if (f != null && !f.isNull()) {
            if (!f.isIntegralNumber() && !(f.isNumber() && f.doubleValue() == Math.rint(f.doubleValue())))
                throw bad(origin, "fatalities must be a whole number or null, not " + f);
            fatalities = f.asLong();
        }
        Integer geoPrecision = null;
        JsonNode gp = o.get("geo_precision");
        if (gp != null && !gp.isNull()) {
            if (!gp.isNumber() || gp.doubleValue() != Math.rint(gp.doubleValue()))
                throw bad(origin, "geo_precision must be 1, 2 or 3, not " + gp);
            geoPrecision = gp.asInt();
        }
        JsonNode c = o.get("certainty");
        String certainty = c == null ? "reported" : text(o, "certainty", origin);
        return new GoldEvent(id, doc, eventType, texts(o, "sub_event_type", origin, false), date, until,
                actors(o, "actor1", origin), texts(o, "assoc_actor_1", origin, false), actors(o, "actor2", origin),
                location, texts(o, "location_alt", origin, false), text(o, "admin1", origin),
                number(o, "lat", origin), number(o, "lon", origin), number(o, "tolerance_km", origin),
                geoPrecision, fatalities, certainty, PythonJson.truthy(o.get("optional")), negative,
                text(o, "note", origin), origin);
    }

    /**
     * Reads a gold file; a bad line is reported to {@code errors} as "file:line: problem" and the rest is read.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static List<GoldEvent> read(Path file, Consumer<String> errors) throws IOException {
        List<GoldEvent> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file, errors)) {
            try {
                out.add(fromJson(line.value(), line.origin()));
            } catch (IllegalArgumentException e) {
                errors.accept(e.getMessage());
            }
        }
        return out;
    }

    private static List<String> actors(JsonNode o, String field, String origin) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : texts(o, field, origin, true);
    }

    /** A list of texts; a lone text is a list of one. Null items stay null (they match a missing value). */
    private static List<String> texts(JsonNode o, String field, String origin, boolean loneTextAllowed) {
        JsonNode v = o.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isTextual()) {
            out.add(v.textValue());
            return out;
        }
        if (!v.isArray()) throw bad(origin, field + " must be a list of names, not " + v);
        for (JsonNode item : v) {
            if (item.isNull()) out.add(null);
            else if (item.isValueNode()) out.add(item.asText());
            else throw bad(origin, field + " must be a list of names, not " + v);
        }
        return out;
    }

    private static String requiredText(JsonNode o, String field, String origin) {
        String s = text(o, field, origin);
        if (s == null) throw bad(origin, "missing " + field);
        return s;
    }

    private static String text(JsonNode o, String field, String origin) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isValueNode()) throw bad(origin, field + " must be a text, not " + v);
        return v.asText();
    }

    private static Double number(JsonNode o, String field, String origin) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        Double d = PythonJson.asFloat(v);
        if (d == null) throw bad(origin, field + " must be a number or null, not " + v);
        return d;
    }

    private static LocalDate isoDay(JsonNode o, String field, String origin, boolean required) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) throw bad(origin, "missing " + field);
            return null;
        }
        LocalDate d = PythonJson.day(v);
        if (d == null) throw bad(origin, field + " is not an ISO date: " + v);
        return d;
    }

    private static <T> List<T> copy(List<T> xs) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(xs));
    }

    private static IllegalArgumentException bad(String origin, String problem) {
        return new IllegalArgumentException(origin + ": " + problem);
    }
}
