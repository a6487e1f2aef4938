package org.sitrep.store;

import org.sitrep.fuse.ControlTimeline;
import org.sitrep.fuse.Fusion;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedEventJson;
import org.sitrep.fuse.Neighbourhood;
import org.sitrep.fuse.OutletAlignment;
import org.sitrep.fuse.PlaceKey;
import org.sitrep.model.Actor;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventJson;
import org.sitrep.model.SubEventType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Function;

/**
 * The store over JDBC: one connection, every statement parameterised. DuckDB and PostgreSQL share the schema and
 * the SQL; they differ only in how a connection is opened and how concurrent ingests are serialised.
 */
final class JdbcEventStore implements EventStore {
    enum Kind { DUCKDB, POSTGRESQL }

    /** PostgreSQL advisory lock taken by every ingest, so two writers never re-fuse the same neighbourhood at once. */
    private static final long INGEST_LOCK = 0x5173_5245_5000L;
    private static final int IN_CHUNK = 500;

    private final Kind kind;
    private final Connection conn;
    private final Fusion fusion;

    private JdbcEventStore(Kind kind, Connection conn, OutletAlignment alignment) {
        this.kind = kind;
        this.conn = conn;
        this.fusion = new Fusion(alignment);
    }

    static EventStore open(String target, OutletAlignment alignment) {
        Objects.requireNonNull(target, "store target");
        Kind kind = target.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.DUCKDB;
        String url = target;
        if (kind == Kind.DUCKDB) {
            Path file = Path.of(target.startsWith("jdbc:duckdb:") ? target.substring("jdbc:duckdb:".length()) : target).toAbsolutePath();
            try {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
            } catch (java.io.IOException x) {
                throw new StoreException("cannot create the folder of " + file + ": " + x.getMessage(), x);
            }
            url = "jdbc:duckdb:" + file;
        }
        try {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            SchemaMigrations.migrate(c, kind == Kind.POSTGRESQL);
            return new JdbcEventStore(kind, c, alignment);
        } catch (SQLException x) {
            throw new StoreException("cannot open the " + kind.name().toLowerCase(Locale.ROOT) + " store " + redact(target) + ": " + x.getMessage(), x);
        }
    }

    /** The store's address without its password, for logs and messages. */
    public static String redact(String url) { return url.replaceAll("(?i)(password=)[^&]*", "$1***"); }

    @Override public String kind() { return kind.name().toLowerCase(Locale.ROOT); }

    @Override
    public synchronized boolean hasDocument(String contentHash) {
        return read(() -> {
            try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ?")) {
                p.setString(1, contentHash);
                try (ResultSet r = p.executeQuery()) { return r.next(); }
            }
        });
    }

    @Override
    public synchronized IngestResult ingest(Document doc, List<Event> events) {
        String hash = ContentHash.of(doc);
        try {
            if (kind == Kind.POSTGRESQL) {
                try (PreparedStatement p = conn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    p.setLong(1, INGEST_LOCK);
                    p.executeQuery().close();
                }
            }
            try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ?")) {
                p.setString(1, hash);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) { conn.commit(); return new IngestResult(false, 0, 0, hash); }
                }
            }
            checkIds(doc, events);
            insertDocument(doc, hash, events.size());
            insertReports(hash, events);
            Set<Event> touched = fusion.touched(events, this::nearby);
            Set<String> old = fusedIdsOf(touched.stream().map(Event::eventId).toList());
            List<FusedEvent> fused = fusion.fuse(touched);
            // an id is a hash of the members: a fused event whose id survives is unchanged and stays as it is
            Set<String> kept = new HashSet<>(old);
            kept.retainAll(fused.stream().map(FusedEvent::fusedId).toList());
            Set<String> gone = new TreeSet<>(old);
            gone.removeAll(kept);
            deleteIn("DELETE FROM fused WHERE fused_id IN ", gone);
            deleteIn("DELETE FROM fused_reports WHERE fused_id IN ", gone);
            List<FusedEvent> changed = fused.stream().filter(f -> !kept.contains(f.fusedId())).toList();
            insertFused(changed);
            conn.commit();
            return new IngestResult(true, events.size(), changed.size(), hash);
        } catch (SQLException | RuntimeException x) {
            rollbackQuietly();
            if (x instanceof StoreException s) throw s;
            throw new StoreException(doc.origin() + ": not stored: " + x.getMessage(), x);
        }
    }

    @Override
    public synchronized int refuseAll() {
        try {
            if (kind == Kind.POSTGRESQL) {
                try (PreparedStatement p = conn.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    p.setLong(1, INGEST_LOCK);
                    p.executeQuery().close();
                }
            }
            List<Event> all = new ArrayList<>();
            try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery("SELECT record FROM reports")) {
                while (r.next()) all.add(EventJson.fromLine(r.getString(1)));
            }
            List<FusedEvent> fused = fusion.fuse(all);
            try (Statement st = conn.createStatement()) {
                st.execute("DELETE FROM fused_reports");
                st.execute("DELETE FROM fused");
            }
            insertFused(fused);
            conn.commit();
            return fused.size();
        } catch (SQLException | RuntimeException x) {
            rollbackQuietly();
            throw new StoreException("cannot rebuild the fused events: " + x.getMessage(), x);
        }
    }

    private void checkIds(Document doc, List<Event> events) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            if (e.eventId() == null || e.eventId().isBlank()) throw new StoreException(doc.origin() + ": an event has no event_id");
            if (!ids.add(e.eventId())) throw new StoreException(doc.origin() + ": event_id " + e.eventId() + " occurs twice in the document");
        }
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            try (PreparedStatement p = conn.prepareStatement("SELECT event_id, doc_id FROM reports WHERE event_id IN " + marks(chunk.size()))) {
                bindAll(p, 1, chunk);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next())
                        throw new StoreException(doc.origin() + ": event_id " + r.getString(1) + " is already stored from document "
                                + r.getString(2) + " with different content");
                }
            }
        }
    }

    private void insertDocument(Document d, String hash, int reports) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO documents (content_hash, doc_id, source, url, published, title, "
                + "origin, report_count, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, hash);
            p.setString(2, d.id());
            p.setString(3, d.source());
            p.setString(4, d.url());
            date(p, 5, d.published());
            p.setString(6, d.title());
            p.setString(7, d.origin());
            p.setInt(8, reports);
            p.setTimestamp(9, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    private void insertReports(String hash, List<Event> events) throws SQLException {
        if (events.isEmpty()) return;
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO reports (event_id, content_hash, doc_id, event_date, date_from, "
                + "date_to, time_precision, event_type, sub_event_type, actor1, actor2, actors, location, location_mention, name_key, "
                + "gazetteer_id, admin1, country, latitude, longitude, geo_precision, fatalities, certainty, source, sources, "
                + "search_text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                int i = 1;
                p.setString(i++, e.eventId());
                p.setString(i++, hash);
                p.setString(i++, e.docId());
                date(p, i++, e.date().eventDate());
                date(p, i++, e.date().from());
                date(p, i++, e.date().to());
                p.setInt(i++, e.date().precision());
                p.setString(i++, e.eventType().label());
                p.setString(i++, e.subEventType().label());
                p.setString(i++, name(e.actor1()));
                p.setString(i++, name(e.actor2()));
                p.setString(i++, joined(actorsOf(e)));
                p.setString(i++, e.place().name());
                p.setString(i++, e.place().mention());
                p.setString(i++, PlaceKey.fold(e.place().name()));
                p.setString(i++, e.place().gazetteerId());
                p.setString(i++, e.place().admin1());
                p.setString(i++, e.place().country());
                number(p, i++, e.place().latitude());
                number(p, i++, e.place().longitude());
                p.setInt(i++, e.place().geoPrecision());
                integer(p, i++, e.fatalities());
                p.setString(i++, e.certainty().label());
                p.setString(i++, e.source());
                p.setString(i++, joined(e.source() == null ? List.of() : List.of(e.source())));
                p.setString(i++, searchText(List.of(e), e.notes()));
                p.setString(i, EventJson.toLine(e));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertFused(List<FusedEvent> fused) throws SQLException {
        if (fused.isEmpty()) return;
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO fused (fused_id, event_date, date_from, date_to, time_precision, "
                + "event_type, sub_event_type, actor1, actor2, actors, location, admin1, country, latitude, longitude, geo_precision, "
                + "fatalities, certainty, outlets, report_count, across_camps, independently_confirmed, sources, search_text, record) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
) {
            for (FusedEvent f : fused) {
                int i = 1;
                p.setString(i++, f.fusedId());
                date(p, i++, f.date().eventDate());
                date(p, i++, f.date().from());
                date(p, i++, f.date().to());
                p.setInt(i++, f.date().precision());
                p.setString(i++, f.eventType().label());
                p.setString(i++, f.subEventType().label());
                p.setString(i++, name(f.actor1()));
                p.setString(i++, name(f.actor2()));
                SortedSet<String> actors = new TreeSet<>();
                f.reports().forEach(e -> actors.addAll(actorsOf(e)));
                p.setString(i++, joined(actors));
                p.setString(i++, f.place().name());
                p.setString(i++, f.place().admin1());
                p.setString(i++, f.place().country());
                number(p, i++, f.place().latitude());
                number(p, i++, f.place().longitude());
                p.setInt(i++, f.place().geoPrecision());
                integer(p, i++, f.fatalities());
                p.setString(i++, f.certainty().label());
                p.setInt(i++, f.corroboration().outlets());
                p.setInt(i++, f.reports().size());
                p.setBoolean(i++, f.corroboration().acrossCamps());
                p.setBoolean(i++, f.corroboration().independentlyConfirmed());
                p.setString(i++, joined(f.sources()));
                p.setString(i++, searchText(f.reports(), f.notes()));
                p.setString(i, FusedEventJson.withoutReports(f).toString());   // each report is stored once, in reports
                p.addBatch();
            }
            p.executeBatch();
        }
        // links as multi-row inserts: one statement per 500 links instead of one per link
        List<String[]> links = new ArrayList<>();
        for (FusedEvent f : fused) for (Event e : f.reports()) links.add(new String[]{e.eventId(), f.fusedId()});
        for (List<String[]> chunk : chunks(links)) {
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO fused_reports (event_id, fused_id) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)")))) {
                int i = 1;
                for (String[] l : chunk) { p.setString(i++, l[0]); p.setString(i++, l[1]); }
                p.executeUpdate();
            }
        }
    }

    /** Stored reports that may lie in any of the neighbourhoods (same gazetteer id, same folded name, or inside the box). */
    private List<Event> nearby(Collection<Neighbourhood> nbs) {
        Map<String, Event> out = new LinkedHashMap<>();
        List<Neighbourhood> all = new ArrayList<>(nbs);
        for (int from = 0; from < all.size(); from += 50) {
            List<String> ors = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            for (Neighbourhood nb : all.subList(from, Math.min(all.size(), from + 50))) {
                StringBuilder c = new StringBuilder("(date_to >= ? AND date_from <= ? AND (name_key = ?");
                args.addAll(List.of(nb.from(), nb.to(), nb.nameKey()));
                if (nb.gazetteerId() != null) { c.append(" OR gazetteer_id = ?"); args.add(nb.gazetteerId()); }
                if (nb.hasBox()) {
                    c.append(" OR (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?)");
                    args.addAll(List.of(nb.south(), nb.north(), nb.west(), nb.east()));
                }
                ors.add(c.append("))").toString());
            }
            try (PreparedStatement p = conn.prepareStatement("SELECT event_id, record FROM reports WHERE " + String.join(" OR ", ors))) {
                bindAll(p, 1, args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) if (!out.containsKey(r.getString(1))) out.put(r.getString(1), EventJson.fromLine(r.getString(2)));
                }
            } catch (SQLException x) {
                throw new StoreException("cannot read the reports near " + all.get(from) + ": " + x.getMessage(), x);
            }
        }
        return new ArrayList<>(out.values());
    }

    private Set<String> fusedIdsOf(List<String> eventIds) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (List<String> chunk : chunks(eventIds)) {
            try (PreparedStatement p = conn.prepareStatement("SELECT DISTINCT fused_id FROM fused_reports WHERE event_id IN " + marks(chunk.size()))) {
                bindAll(p, 1, chunk);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private void deleteIn(String sqlPrefix, Collection<String> ids) throws SQLException {
        for (List<String> chunk : chunks(new ArrayList<>(ids))) {
            try (PreparedStatement p = conn.prepareStatement(sqlPrefix + marks(chunk.size()))) {
                bindAll(p, 1, chunk);
                p.executeUpdate();
            }
        }
    }

    @Override
    public synchronized Page<FusedEvent> fusedEvents(EventQuery q) {
        return page("fused", "fused_id", q, this::fusedFromRecords, FusedEvent::fusedId, f -> f.date().eventDate());
    }

    @Override
    public synchronized Page<Event> reports(EventQuery q) {
        return page("reports", "event_id", q, rs -> rs.stream().map(EventJson::fromLine).toList(), Event::eventId, e -> e.date().eventDate());
    }

    private <T> Page<T> page(String table, String idColumn, EventQuery q, Function<List<String>, List<T>> parse,
                             Function<T, String> idOf, Function<T, LocalDate> dateOf) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT record FROM " + table + " WHERE " + where(q, table.equals("fused"), args));
        if (q.cursor() != null) {
            Cursor c = Cursor.decode(q.cursor());
            sql.append(" AND (event_date > ? OR (event_date = ? AND " + idColumn + " > ?))");
            args.add(c.date());
            args.add(c.date());
            args.add(c.id());
        }
        sql.append(" ORDER BY event_date, ").append(idColumn).append(" LIMIT ?");
        args.add(q.limit() + 1);
        return read(() -> {
            List<String> records = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(sql.toString())) {
                bindAll(p, 1, args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) records.add(r.getString(1));
                }
            }
            List<T> items = parse.apply(records);
            String next = null;
            if (items.size() > q.limit()) {
                items = items.subList(0, q.limit());
                T last = items.get(items.size() - 1);
                next = new Cursor(dateOf.apply(last), idOf.apply(last)).encode();
            }
            return new Page<>(items, next);
        });
    }

    private static String where(EventQuery q, boolean fused, List<Object> args) { return QueryFilters.where(q, fused, args); }

    @Override
    public synchronized Optional<FusedEvent> fusedEvent(String fusedId) {
        return one("SELECT record FROM fused WHERE fused_id = ?", fusedId).map(r -> fusedFromRecords(List.of(r)).get(0));
    }

    @Override
    public synchronized Optional<Event> report(String eventId) {
        return one("SELECT record FROM reports WHERE event_id = ?", eventId).map(EventJson::fromLine);
    }

    @Override
    public synchronized Optional<FusedEvent> fusedEventOf(String eventId) {
        return one("SELECT f.record FROM fused f JOIN fused_reports l ON l.fused_id = f.fused_id WHERE l.event_id = ?", eventId)
                .map(r -> fusedFromRecords(List.of(r)).get(0));
    }

    /** Fused events from their stored records, their reports read in one query per 500. */
    private List<FusedEvent> fusedFromRecords(List<String> records) {
        List<com.fasterxml.jackson.databind.JsonNode> nodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String rec : records) {
            var node = FusedEventJson.parse(rec);
            nodes.add(node);
            ids.addAll(FusedEventJson.reportIds(node));
        }
        Map<String, Event> reports = new HashMap<>();
        try {
            for (List<String> chunk : chunks(ids)) {
                try (PreparedStatement p = conn.prepareStatement("SELECT record FROM reports WHERE event_id IN " + marks(chunk.size()))) {
                    bindAll(p, 1, chunk);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            Event e = EventJson.fromLine(r.getString(1));
                            reports.put(e.eventId(), e);
                        }
                    }
                }
            }
        } catch (SQLException x) {
            throw new StoreException("cannot read the reports of fused events: " + x.getMessage(), x);
        }
        List<FusedEvent> out = new ArrayList<>();
        for (var node : nodes) {
            List<Event> rs = new ArrayList<>();
            for (String id : FusedEventJson.reportIds(node)) {
                Event e = reports.get(id);
                if (e == null) throw new StoreException("fused event " + node.path("fused_id").asText() + " names report " + id + ", which is not stored");
                rs.add(e);
            }
            out.add(FusedEventJson.fromJson(node, rs));
        }
        return out;
    }

    private Optional<String> one(String sql, String arg) {
        return read(() -> {
            try (PreparedStatement p = conn.prepareStatement(sql)) {
                p.setString(1, arg);
                try (ResultSet r = p.executeQuery()) { return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty(); }
            }
        });
    }

    @Override
    public synchronized StoreStats stats(EventQuery q) {
        return read(() -> {
            List<Object> args = new ArrayList<>();
            String w = where(q, true, args);
            long total = 0;
            Map<String, Long> byType = new TreeMap<>();
            try (PreparedStatement p = conn.prepareStatement("SELECT event_type, COUNT(*) FROM fused WHERE " + w + " GROUP BY event_type")) {
                bindAll(p, 1, args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) { byType.put(r.getString(1), r.getLong(2)); total += r.getLong(2); }
                }
            }
            Map<String, Long> byActor = new TreeMap<>();
            try (PreparedStatement p = conn.prepareStatement("SELECT a, COUNT(*) FROM (SELECT actor1 AS a FROM fused WHERE " + w
                    + " UNION ALL SELECT actor2 AS a FROM fused WHERE " + w + ") x WHERE a IS NOT NULL GROUP BY a")) {
                bindAll(p, 1, args);
                bindAll(p, 1 + args.size(), args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) byActor.put(r.getString(1), r.getLong(2));
                }
            }
            Map<LocalDate, Long> byWeek = new TreeMap<>();
            try (PreparedStatement p = conn.prepareStatement("SELECT CAST(date_trunc('week', event_date) AS DATE) AS wk, COUNT(*) FROM fused WHERE "
                    + w + " GROUP BY wk")) {
                bindAll(p, 1, args);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) byWeek.put(r.getDate(1).toLocalDate(), r.getLong(2));
                }
            }
            return new StoreStats(total, byType, byActor, byWeek);
        });
    }

    @Override
    public synchronized List<PlaceHit> places(String q, int limit) {
        String lower = "%" + QueryFilters.likeEscape(q.toLowerCase(Locale.ROOT).trim()) + "%";
        String folded = "%" + QueryFilters.likeEscape(PlaceKey.fold(q)) + "%";
        return read(() -> {
            List<PlaceHit> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement("SELECT location, admin1, country, gazetteer_id, AVG(latitude), AVG(longitude), "
                    + "COUNT(*) AS n FROM reports WHERE LOWER(location) LIKE ? ESCAPE '!' OR LOWER(location_mention) LIKE ? ESCAPE '!' "
                    + "OR name_key LIKE ? ESCAPE '!' GROUP BY location, admin1, country, gazetteer_id ORDER BY n DESC, location LIMIT ?")) {
                p.setString(1, lower);
                p.setString(2, lower);
                p.setString(3, folded);
                p.setInt(4, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        double lat = r.getDouble(5);
                        Double la = r.wasNull() ? null : lat;
                        double lon = r.getDouble(6);
                        Double lo = r.wasNull() ? null : lon;
                        out.add(new PlaceHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), la, lo, r.getLong(7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public synchronized List<ActorCount> actors() {
        return read(() -> {
            List<ActorCount> out = new ArrayList<>();
            try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT a, COUNT(*) AS n FROM (SELECT actor1 AS a FROM fused "
                    + "UNION ALL SELECT actor2 AS a FROM fused) x WHERE a IS NOT NULL GROUP BY a ORDER BY n DESC, a")) {
                while (r.next()) out.add(new ActorCount(r.getString(1), r.getLong(2)));
            }
            return out;
        });
    }

    @Override
    public synchronized StoreCounts counts() {
        return read(() -> new StoreCounts(count("documents"), count("reports"), count("fused")));
    }

    private long count(String table) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * What breaks the store's invariants, one line per problem (empty when sound): a document whose reports are
     * not all there, a report of no document, a report in no fused event or in several, a link to no fused event,
     * a fused event whose links do not match its report count.
     */
    synchronized List<String> integrityProblems() {
        String[][] checks = {
                {"documents whose stored reports differ from their report count",
                        "SELECT COUNT(*) FROM documents d WHERE d.report_count <> (SELECT COUNT(*) FROM reports r WHERE r.content_hash = d.content_hash)"},
                {"reports of no stored document",
                        "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = r.content_hash)"},
                {"reports in no fused event",
                        "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM fused_reports l WHERE l.event_id = r.event_id)"},
                {"reports in several fused events",
                        "SELECT COUNT(*) FROM (SELECT event_id FROM fused_reports GROUP BY event_id HAVING COUNT(*) > 1) x"},
                {"links to no fused event",
                        "SELECT COUNT(*) FROM fused_reports l WHERE NOT EXISTS (SELECT 1 FROM fused f WHERE f.fused_id = l.fused_id)"},
                {"fused events whose links differ from their report count",
                        "SELECT COUNT(*) FROM fused f WHERE f.report_count <> (SELECT COUNT(*) FROM fused_reports l WHERE l.fused_id = f.fused_id)"}};
        return read(() -> {
            List<String> problems = new ArrayList<>();
            for (String[] c : checks) {
                try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(c[1])) {
                    r.next();
                    if (r.getLong(1) > 0) problems.add(r.getLong(1) + " " + c[0]);
                }
            }
            return problems;
        });
    }

    @Override
    public synchronized ControlTimeline controlTimeline() {
        List<String> types = new ArrayList<>();
        for (SubEventType t : SubEventType.values()) if (ControlTimeline.shapesControl(t)) types.add(t.label());
        return read(() -> {
            List<String> records = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement("SELECT record FROM fused WHERE sub_event_type IN " + marks(types.size()))) {
                bindAll(p, 1, types);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) records.add(r.getString(1));
                }
            }
            return ControlTimeline.of(fusedFromRecords(records));
        });
    }

    @Override
    public synchronized void close() {
        try {
            rollbackQuietly();
            conn.close();
        } catch (SQLException x) {
            throw new StoreException("cannot close the store: " + x.getMessage(), x);
        }
    }

    private interface Read<T> { T run() throws SQLException; }

    /** Runs a read and ends its transaction, so a long-lived reader never holds a snapshot open. */
    private <T> T read(Read<T> r) {
        try {
            T t = r.run();
            conn.commit();
            return t;
        } catch (SQLException x) {
            rollbackQuietly();
            throw new StoreException("store query failed: " + x.getMessage(), x);
        }
    }

    private void rollbackQuietly() {
        try { conn.rollback(); } catch (SQLException ignored) { /* the original failure is what matters */ }
    }

    static List<String> actorsOf(Event e) {
        List<String> a = new ArrayList<>();
        for (Actor x : new Actor[]{e.actor1(), e.actor2()}) if (x != null) a.add(x.name());
        a.addAll(e.assocActor1());
        a.addAll(e.assocActor2());
        return a;
    }

    /** "|a|b|": exact-name matching with LIKE '%|name|%'. */
    private static String joined(Collection<String> xs) {
        return "|" + String.join("|", new TreeSet<>(xs)) + "|";
    }

    private static String searchText(List<Event> reports, String notes) {
        StringBuilder sb = new StringBuilder(notes == null ? "" : notes);
        for (Event e : reports) {
            sb.append(' ').append(e.place().name()).append(' ').append(e.place().mention());
            actorsOf(e).forEach(a -> sb.append(' ').append(a));
            sb.append(' ').append(e.evidence().text());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }


    private static String name(Actor a) { return a == null ? null : a.name(); }

    private static String marks(int n) { return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")"; }

    private static <T> List<List<T>> chunks(List<T> xs) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i += IN_CHUNK) out.add(xs.subList(i, Math.min(xs.size(), i + IN_CHUNK)));
        return out;
    }

    private static void bindAll(PreparedStatement p, int first, List<?> args) throws SQLException {
        int i = first;
        for (Object a : args) {
            if (a instanceof String s) p.setString(i, s);
            else if (a instanceof LocalDate d) date(p, i, d);
            else if (a instanceof Integer n) p.setInt(i, n);
            else if (a instanceof Double d) p.setDouble(i, d);
            else if (a instanceof Boolean b) p.setBoolean(i, b);
            else throw new IllegalArgumentException("cannot bind " + a);
            i++;
        }
    }

    private static void date(PreparedStatement p, int i, LocalDate d) throws SQLException {
        if (d == null) p.setNull(i, Types.DATE);
        else p.setDate(i, java.sql.Date.valueOf(d));
    }

    private static void number(PreparedStatement p, int i, Double d) throws SQLException {
        if (d == null) p.setNull(i, Types.DOUBLE);
        else p.setDouble(i, d);
    }

    private static void integer(PreparedStatement p, int i, Integer n) throws SQLException {
        if (n == null) p.setNull(i, Types.INTEGER);
        else p.setInt(i, n);
    }

    /** Where a page ended: the last item's event_date and id, opaque to clients. */
    record Cursor(LocalDate date, String id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String s) {
            try {
                String t = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
                int bar = t.indexOf('|');
                return new Cursor(LocalDate.parse(t.substring(0, bar)), t.substring(bar + 1));
            } catch (RuntimeException x) {
                throw new IllegalArgumentException("cursor is not one this store issued: " + s);
            }
        }
    }
}
