package org.sitrep.store;

import org.sitrep.fuse.ControlTimeline;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.OutletAlignment;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Documents, their coded events (reports) and the fused events built from them. Each ingest is one transaction:
 * the document, its reports and the re-fused events around its places and dates go in together or not at all.
 */
public interface EventStore extends AutoCloseable {
    /** The DuckDB file used when no --db is given. */
    String DEFAULT_PATH = "./sitrep.duckdb";

    /**
     * Opens (creating and migrating as needed) the store at {@code target}: a "jdbc:postgresql://..." URL, a
     * "jdbc:duckdb:FILE" URL, or a plain file path for DuckDB.
     */
    static EventStore open(String target, OutletAlignment alignment) {
        return JdbcEventStore.open(target, alignment);
    }

    static EventStore open(String target) { return open(target, OutletAlignment.UNKNOWN); }

    /** A store's address without its password, for logs and messages. */
    static String redact(String target) { return JdbcEventStore.redact(target); }

    /** Whether a document with this content hash ({@link ContentHash#of}) is stored. */
    boolean hasDocument(String contentHash);

    /**
     * Stores a document and its events and re-fuses the events around them, in one transaction. A document
     * whose content is already stored changes nothing ({@link IngestResult#added()} false).
     *
     * @throws StoreException when the document cannot be stored (the transaction is rolled back; the store is
     *                        as before, so a batch can go on with the next document)
     */
    IngestResult ingest(Document doc, List<Event> events);

    /**
     * Rebuilds every fused event from the stored reports in one transaction (after the fusion rules or the
     * outlet registry change; ingest keeps them up to date otherwise) and returns how many there are.
     */
    int refuseAll();

    /** Fused events matching the query, in (event_date, fused_id) order, one page from the query's cursor. */
    Page<FusedEvent> fusedEvents(EventQuery q);

    /** Reports (one event per report) matching the query, in (event_date, event_id) order. */
    Page<Event> reports(EventQuery q);

    Optional<FusedEvent> fusedEvent(String fusedId);

    Optional<Event> report(String eventId);

    /** The fused event a report belongs to. */
    Optional<FusedEvent> fusedEventOf(String eventId);

    /** Every matching fused event, page after page (the query's limit is the page size). */
    default void forEachFused(EventQuery q, Consumer<FusedEvent> sink) {
        EventQuery page = q;
        while (true) {
            Page<FusedEvent> p = fusedEvents(page);
            p.items().forEach(sink);
            if (p.nextCursor() == null) return;
            page = page.withCursor(p.nextCursor());
        }
    }

    default void forEachReport(EventQuery q, Consumer<Event> sink) {
        EventQuery page = q;
        while (true) {
            Page<Event> p = reports(page);
            p.items().forEach(sink);
            if (p.nextCursor() == null) return;
            page = page.withCursor(p.nextCursor());
        }
    }

    /** Fused-event counts by event type, by actor (actor1 or actor2) and by ISO week (its Monday). */
    StoreStats stats(EventQuery q);

    /** Places reported in the store whose name or mention contains {@code q} (any case, any spelling of "al-"). */
    List<PlaceHit> places(String q, int limit);

    /** Actors named in fused events with how many fused events name them, most frequent first. */
    List<ActorCount> actors();

    StoreCounts counts();

    /** Who controls which place from when, from the stored fused territory events and clashes. */
    ControlTimeline controlTimeline();

    /** "duckdb" or "postgresql". */
    String kind();

    @Override
    void close();
}
