package org.sitrep.server;

import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The listing columns of every fused event held in memory, column by column, sorted by (event_date, fused_id).
 * The map's question, "this box, these days", becomes a binary search on the day and a scan of the matching days,
 * with no database round trip: a million events answer in a few milliseconds where a table scan took tens.
 * About 130 bytes an event. Repeated strings (types, actors, places, outlets) are kept once, in dictionaries.
 * Immutable: a newer store state is a new snapshot.
 */
final class EventSnapshot {
    private static final int NULL_INT = Integer.MIN_VALUE;

    private final String[] ids;
    private final int[] days;
    private final int[] type, sub, actor1, actor2, actors, location, admin1, country, certainty, sources;
    private final byte[] precision;
    private final int[] fatalities, outlets, reports;
    private final boolean[] independent;
    private final List<String> dict;
    private final Map<String, Integer> codes;
    /** The dictionary codes used in the actors and sources columns: the only entries an actor or source filter reads. */
    private int[] actorCodes, sourceCodes;
    /** "|a|b|" → "a; b" per sources code, worked out once. */
    private final Map<Integer, String> readableSources = new HashMap<>();
    private final double[] latExact, lonExact;

    private EventSnapshot(int n, List<String> dict, Map<String, Integer> codes) {
        this.codes = codes;
        ids = new String[n];
        days = new int[n];
        latExact = new double[n];
        lonExact = new double[n];
        type = new int[n]; sub = new int[n]; actor1 = new int[n]; actor2 = new int[n]; actors = new int[n];
        location = new int[n]; admin1 = new int[n]; country = new int[n]; certainty = new int[n]; sources = new int[n];
        precision = new byte[n];
        fatalities = new int[n]; outlets = new int[n]; reports = new int[n];
        independent = new boolean[n];
        this.dict = dict;
    }

    int size() { return ids.length; }

    /** Reads the fused table in listing order over {@code conn}. */
    static EventSnapshot load(Connection conn) throws SQLException {
        int n;
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM fused")) {
            r.next();
            n = r.getInt(1);
        }
        List<String> dict = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        dict.add(null);
        codes.put(null, 0);
        EventSnapshot s = new EventSnapshot(n, dict, codes);
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery("SELECT fused_id, event_date, latitude, longitude, "
                + "event_type, sub_event_type, actor1, actor2, actors, location, admin1, country, certainty, sources, geo_precision, "
                + "fatalities, outlets, report_count, independently_confirmed FROM fused ORDER BY event_date, fused_id")) {
            int i = 0;
            while (r.next() && i < n) {
                s.ids[i] = r.getString(1);
                s.days[i] = (int) r.getDate(2).toLocalDate().toEpochDay();
                double la = r.getDouble(3);
                s.latExact[i] = r.wasNull() ? Double.NaN : la;
                double lo = r.getDouble(4);
                s.lonExact[i] = r.wasNull() ? Double.NaN : lo;
                s.type[i] = code(r.getString(5), dict, codes);
                s.sub[i] = code(r.getString(6), dict, codes);
                s.actor1[i] = code(r.getString(7), dict, codes);
                s.actor2[i] = code(r.getString(8), dict, codes);
                s.actors[i] = code(r.getString(9), dict, codes);
                s.location[i] = code(r.getString(10), dict, codes);
                s.admin1[i] = code(r.getString(11), dict, codes);
                s.country[i] = code(r.getString(12), dict, codes);
                s.certainty[i] = code(r.getString(13), dict, codes);
                s.sources[i] = code(r.getString(14), dict, codes);
                s.precision[i] = (byte) r.getInt(15);
                int f = r.getInt(16);
                s.fatalities[i] = r.wasNull() ? NULL_INT : f;
                s.outlets[i] = r.getInt(17);
                s.reports[i] = r.getInt(18);
                s.independent[i] = r.getBoolean(19);
                i++;
            }
            if (i != n) throw new SQLException("the fused table changed while it was read");
        }
        s.actorCodes = Arrays.stream(s.actors).distinct().toArray();
        s.sourceCodes = Arrays.stream(s.sources).distinct().toArray();
        for (int c : s.sourceCodes)
            s.readableSources.put(c, String.join("; ", Arrays.stream(dict.get(c).split("\\|")).filter(x -> !x.isEmpty()).toList()));
        return s;
    }

    private static int code(String v, List<String> dict, Map<String, Integer> codes) {
        Integer c = codes.get(v);
        if (c != null) return c;
        dict.add(v);
        codes.put(v, dict.size() - 1);
        return dict.size() - 1;
    }

    /** Whether this snapshot answers the query: every filter but the free text, which lives only in the database. */
    static boolean answers(EventQuery q) { return q.text() == null; }

    Page<ListedEvent> page(EventQuery q) {
        int start = q.from() == null ? 0 : firstDay((int) q.from().toEpochDay());
        if (q.cursor() != null) {
            ListingCursor c = ListingCursor.decode(q.cursor());
            start = Math.max(start, after((int) c.date().toEpochDay(), c.id()));
        }
        int endDay = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
        boolean[] actorOk = q.actor() == null ? null : containing(actorCodes, "|" + q.actor() + "|");
        boolean[] sourceOk = q.source() == null ? null : containing(sourceCodes, "|" + q.source() + "|");
        int typeCode = q.eventType() == null ? -1 : codes.getOrDefault(q.eventType().label(), -1);
        int subCode = q.subEventType() == null ? -1 : codes.getOrDefault(q.subEventType().label(), -1);
        if ((q.eventType() != null && typeCode < 0) || (q.subEventType() != null && subCode < 0)) return new Page<>(List.of(), null);
        List<ListedEvent> out = new ArrayList<>();
        for (int i = start; i < ids.length && days[i] <= endDay; i++) {
            if (q.bbox() != null) {
                double la = latExact[i], lo = lonExact[i];
                if (Double.isNaN(la) || Double.isNaN(lo) || la < q.bbox().south() || la > q.bbox().north()
                        || lo < q.bbox().west() || lo > q.bbox().east()) continue;
            }
            if (typeCode >= 0 && type[i] != typeCode) continue;
            if (subCode >= 0 && sub[i] != subCode) continue;
            if (actorOk != null && !actorOk[actors[i]]) continue;
            if (sourceOk != null && !sourceOk[sources[i]]) continue;
            if (q.minPrecision() != null && precision[i] > q.minPrecision()) continue;
            if (q.independentOnly() && !independent[i]) continue;
            out.add(row(i));
            if (out.size() > q.limit()) break;
        }
        String next = null;
        if (out.size() > q.limit()) {
            out = out.subList(0, q.limit());
            ListedEvent last = out.get(out.size() - 1);
            next = new ListingCursor(last.eventDate(), last.fusedId()).encode();
        }
        return new Page<>(out, next);
    }

    /** Per dictionary entry: whether it is a "|a|b|" list holding {@code needle}; one pass over the distinct values. */
    private boolean[] containing(int[] used, String needle) {
        boolean[] ok = new boolean[dict.size()];
        for (int c : used) ok[c] = dict.get(c) != null && dict.get(c).contains(needle);
        return ok;
    }

    private int firstDay(int day) {
        int lo = 0, hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The first position after (day, id) in listing order. */
    private int after(int day, String id) {
        int lo = 0, hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean beforeOrAt = days[mid] < day || (days[mid] == day && ids[mid].compareTo(id) <= 0);
            if (beforeOrAt) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private ListedEvent row(int i) {
        return new ListedEvent(ids[i], java.time.LocalDate.ofEpochDay(days[i]), dict.get(type[i]), dict.get(sub[i]), dict.get(actor1[i]),
                dict.get(actor2[i]), dict.get(location[i]), dict.get(admin1[i]), dict.get(country[i]),
                Double.isNaN(latExact[i]) ? null : latExact[i], Double.isNaN(lonExact[i]) ? null : lonExact[i], precision[i],
                fatalities[i] == NULL_INT ? null : fatalities[i], dict.get(certainty[i]), outlets[i], reports[i], independent[i],
                readableSources.get(sources[i]));
    }
}
