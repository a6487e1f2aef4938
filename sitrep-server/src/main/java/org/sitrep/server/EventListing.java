package org.sitrep.server;

import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;
import org.sitrep.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The event listing behind GET /api/events and the map: reads only the fused table's columns, never a record or
 * the reports behind it, so a page of 500 costs one indexed range read instead of 500 JSON parses and a second
 * query. The same filters as the store's own query ({@link EventQuery}), every value a bound parameter.
 * Opens its own connection (DuckDB shares the database instance within the process; PostgreSQL a second session).
 */
public final class EventListing implements AutoCloseable {
    private static final String COLUMNS = "fused_id, event_date, event_type, sub_event_type, actor1, actor2, location, admin1, "
            + "country, latitude, longitude, geo_precision, fatalities, certainty, outlets, report_count, independently_confirmed, sources";

    private final Connection conn;
    private final String url;
    /** DuckDB only: this process is the store's only writer (the file is locked), so a snapshot stays true until we write. */
    private final boolean snapshots;
    /** A snapshot and the number of writes the store had seen when its read began. */
    private record Loaded(EventSnapshot snapshot, long writes) {}

    private volatile Loaded loaded;
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.ExecutorService reloader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "listing-snapshot");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();

    private EventListing(Connection conn, String url, boolean snapshots) {
        this.conn = conn;
        this.url = url;
        this.snapshots = snapshots;
        if (snapshots) reload();
    }

    /** Opens a reading connection to the store at {@code target} (as {@link org.sitrep.store.EventStore#open}). */
    public static EventListing open(String target) {
        String url = target.startsWith("jdbc:") ? target : "jdbc:duckdb:" + Path.of(target).toAbsolutePath();
        try {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(true);
            return new EventListing(c, url, url.startsWith("jdbc:duckdb:"));
        } catch (SQLException x) {
            throw new StoreException("cannot open the listing connection: " + x.getMessage(), x);
        }
    }

    /**
     * One page of fused events in (event_date, fused_id) order from the query's cursor: from the in-memory snapshot
     * when it is current and the query has no free text, else from the database.
     */
    public Page<ListedEvent> page(EventQuery q) {
        Loaded l = loaded;
        boolean current = l != null && l.writes() == writes.get();
        if (current && EventSnapshot.answers(q)) return l.snapshot().page(q);
        if (snapshots && !current && reloading.compareAndSet(false, true)) reloader.submit(this::reloadQuietly);
        return fromDatabase(q);
    }

    /** The store changed (this server wrote to it): answer from the database until a new snapshot is read. */
    public void markStale() { writes.incrementAndGet(); }

    boolean snapshotCurrent() {
        Loaded l = loaded;
        return l != null && l.writes() == writes.get();
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException x) {
            org.slf4j.LoggerFactory.getLogger(EventListing.class).warn("listing snapshot not refreshed: {}", x.getMessage());
        } finally {
            reloading.set(false);
        }
    }

    /**
     * Reads a new snapshot on its own connection. It is labelled with the write count from before the read, so a
     * write during the read leaves it stale and the next query reads again; until then queries use the database.
     */
    private void reload() {
        long before = writes.get();
        try (Connection c = DriverManager.getConnection(url)) {
            loaded = new Loaded(EventSnapshot.load(c), before);
        } catch (SQLException x) {
            throw new StoreException("cannot read the listing snapshot: " + x.getMessage(), x);
        }
    }

    synchronized Page<ListedEvent> fromDatabase(EventQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM fused WHERE " + where(q, args));
        if (q.cursor() != null) {
            ListingCursor c = ListingCursor.decode(q.cursor());
            sql.append(" AND (event_date > ? OR (event_date = ? AND fused_id > ?))");
            args.add(c.date());
            args.add(c.date());
            args.add(c.id());
        }
        sql.append(" ORDER BY event_date, fused_id LIMIT ?");
        args.add(q.limit() + 1);
        List<ListedEvent> items = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql.toString())) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) items.add(row(r));
            }
        } catch (SQLException x) {
            throw new StoreException("listing query failed: " + x.getMessage(), x);
        }
        String next = null;
        if (items.size() > q.limit()) {
            items = items.subList(0, q.limit());
            ListedEvent last = items.get(items.size() - 1);
            next = new ListingCursor(last.eventDate(), last.fusedId()).encode();
        }
        return new Page<>(items, next);
    }

    private static ListedEvent row(ResultSet r) throws SQLException {
        int i = 1;
        String id = r.getString(i++);
        var date = r.getDate(i++).toLocalDate();
        String type = r.getString(i++), sub = r.getString(i++), a1 = r.getString(i++), a2 = r.getString(i++);
        String loc = r.getString(i++), admin1 = r.getString(i++), country = r.getString(i++);
        Double lat = (Double) nullable(r.getDouble(i++), r);
        Double lon = (Double) nullable(r.getDouble(i++), r);
        int precision = r.getInt(i++);
        int f = r.getInt(i++);
        Integer fatalities = r.wasNull() ? null : f;
        String certainty = r.getString(i++);
        int outlets = r.getInt(i++), reports = r.getInt(i++);
        boolean independent = r.getBoolean(i++);
        String sources = r.getString(i);
        return new ListedEvent(id, date, type, sub, a1, a2, loc, admin1, country, lat, lon, precision, fatalities, certainty,
                outlets, reports, independent, readable(sources));
    }

    private static Object nullable(double d, ResultSet r) throws SQLException { return r.wasNull() ? null : d; }

    /** "|a|b|" as stored → "a; b" as ACLED lists sources. */
    private static String readable(String joined) {
        return String.join("; ", Arrays.stream(joined.split("\\|")).filter(s -> !s.isEmpty()).toList());
    }

    /** The filters as a WHERE clause with their values appended to {@code args}: the store's own. */
    static String where(EventQuery q, List<Object> args) { return org.sitrep.store.QueryFilters.where(q, true, args); }


    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            if (a instanceof String s) p.setString(i, s);
            else if (a instanceof java.time.LocalDate d) p.setDate(i, java.sql.Date.valueOf(d));
            else if (a instanceof Integer n) p.setInt(i, n);
            else if (a instanceof Double d) p.setDouble(i, d);
            else throw new IllegalArgumentException("cannot bind " + a);
            i++;
        }
    }

    @Override
    public synchronized void close() {
        reloader.shutdownNow();
        try {
            conn.close();
        } catch (SQLException x) {
            throw new StoreException("cannot close the listing connection: " + x.getMessage(), x);
        }
    }
}
