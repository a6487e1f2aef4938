package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EventQuery}'s filters as a parameterised SQL WHERE clause over the fused-event and report tables (their
 * filter columns have the same names): shared by the store and by lighter listings such as the server's.
 */
public final class QueryFilters {
    private QueryFilters() {}

    /** The WHERE clause of a query's filters (never the cursor), with its arguments appended to {@code args}. */
    public static String where(EventQuery q, boolean fused, List<Object> args) {
        List<String> c = new ArrayList<>();
        c.add("1 = 1");
        if (q.from() != null) { c.add("event_date >= ?"); args.add(q.from()); }
        if (q.to() != null) { c.add("event_date <= ?"); args.add(q.to()); }
        if (q.bbox() != null) {
            c.add("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?");
            args.addAll(List.of(q.bbox().south(), q.bbox().north(), q.bbox().west(), q.bbox().east()));
        }
        if (q.actor() != null) { c.add("actors LIKE ? ESCAPE '!'"); args.add("%|" + likeEscape(q.actor()) + "|%"); }
        if (q.source() != null) { c.add("sources LIKE ? ESCAPE '!'"); args.add("%|" + likeEscape(q.source()) + "|%"); }
        if (q.eventType() != null) { c.add("event_type = ?"); args.add(q.eventType().label()); }
        if (q.subEventType() != null) { c.add("sub_event_type = ?"); args.add(q.subEventType().label()); }
        if (q.minPrecision() != null) { c.add("geo_precision <= ?"); args.add(q.minPrecision()); }
        if (q.text() != null)
            for (String w : q.text().toLowerCase(Locale.ROOT).trim().split("\\s+"))
                if (!w.isEmpty()) { c.add("search_text LIKE ? ESCAPE '!'"); args.add("%" + likeEscape(w) + "%"); }
        if (q.independentOnly() && fused) c.add("independently_confirmed = TRUE");
        return String.join(" AND ", c);
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
