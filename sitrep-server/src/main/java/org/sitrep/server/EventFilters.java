package org.sitrep.server;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event filters of a request's query string as an {@link EventQuery}: every parameter checked, and any
 * problem reported as a {@link BadParameter} naming it. Unknown parameters are refused too, so a misspelt filter
 * never silently returns everything.
 */
public final class EventFilters {
    public static final Set<String> FILTERS = Set.of("bbox", "from", "to", "event_type", "sub_event_type", "actor", "source",
            "min_precision", "text", "independent");
    public static final Set<String> PAGING = Set.of("cursor", "limit", "format");
    public static final int DEFAULT_LIMIT = 500;
    /** Longest value accepted for any parameter: names and words are short; anything longer is an attack or a bug. */
    public static final int MAX_VALUE_LENGTH = 300;

    private EventFilters() {}

    /** The query of a request's parameters; {@code allowed} are the names this endpoint takes. */
    public static EventQuery parse(Map<String, List<String>> params, Set<String> allowed) {
        for (var e : params.entrySet()) {
            if (!allowed.contains(e.getKey())) throw new BadParameter(e.getKey(), "unknown parameter");
            if (e.getValue().size() > 1) throw new BadParameter(e.getKey(), "given more than once");
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            if (v.length() > MAX_VALUE_LENGTH) throw new BadParameter(e.getKey(), "longer than " + MAX_VALUE_LENGTH + " characters");
            if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw new BadParameter(e.getKey(), "contains control characters");
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && to.isBefore(from)) throw new BadParameter("to", "is before from");
        BoundingBox bbox = null;
        String b = value(params, "bbox");
        if (b != null) {
            try {
                bbox = BoundingBox.parse(b);
            } catch (IllegalArgumentException x) {
                throw new BadParameter("bbox", "must be four numbers west,south,east,north within -180..180 and -90..90");
            }
            if (!Double.isFinite(bbox.west() + bbox.south() + bbox.east() + bbox.north()))
                throw new BadParameter("bbox", "must be finite numbers");
        }
        EventType type = null;
        String t = value(params, "event_type");
        if (t != null) {
            try { type = EventType.fromLabel(t); } catch (RuntimeException x) { throw new BadParameter("event_type", "not an ACLED event type"); }
            if (type == null) throw new BadParameter("event_type", "not an ACLED event type");
        }
        SubEventType sub = null;
        String s = value(params, "sub_event_type");
        if (s != null) {
            try { sub = SubEventType.fromLabel(s); } catch (RuntimeException x) { throw new BadParameter("sub_event_type", "not an ACLED sub-event type"); }
            if (sub == null) throw new BadParameter("sub_event_type", "not an ACLED sub-event type");
        }
        Integer precision = null;
        String p = value(params, "min_precision");
        if (p != null) {
            precision = integer("min_precision", p);
            if (precision < 1 || precision > 3) throw new BadParameter("min_precision", "must be 1, 2 or 3");
        }
        int limit = DEFAULT_LIMIT;
        String l = value(params, "limit");
        if (l != null) {
            limit = integer("limit", l);
            if (limit < 1 || limit > EventQuery.MAX_LIMIT) throw new BadParameter("limit", "must be 1.." + EventQuery.MAX_LIMIT);
        }
        boolean independent = false;
        String i = value(params, "independent");
        if (i != null) {
            if (!i.equals("true") && !i.equals("false")) throw new BadParameter("independent", "must be true or false");
            independent = i.equals("true");
        }
        String cursor = value(params, "cursor");
        if (cursor != null && !ListingCursor.isWellFormed(cursor)) throw new BadParameter("cursor", "not a cursor this server issued");
        return new EventQuery(from, to, bbox, value(params, "actor"), type, sub, value(params, "source"), precision,
                value(params, "text"), independent, cursor, limit);
    }

    /** The single value of a parameter, or null when absent or empty. */
    static String value(Map<String, List<String>> params, String name) {
        List<String> vs = params.get(name);
        if (vs == null || vs.isEmpty() || vs.get(0).isBlank()) return null;
        return vs.get(0).trim();
    }

    static LocalDate date(Map<String, List<String>> params, String name) {
        String v = value(params, name);
        if (v == null) return null;
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1900 || d.getYear() > 2200) throw new BadParameter(name, "year out of range 1900..2200");
            return d;
        } catch (DateTimeParseException x) {
            throw new BadParameter(name, "must be a date YYYY-MM-DD");
        }
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException x) {
            throw new BadParameter(name, "must be a whole number");
        }
    }
}
