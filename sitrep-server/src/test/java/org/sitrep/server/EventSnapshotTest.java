package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The in-memory snapshot answers exactly as the database does, page by page, for every filter it takes. */
class EventSnapshotTest {
    @Test
    void snapshotAndDatabaseGiveTheSamePages() {
        SeedServer.server();
        String db = SeedServer.server().store().kind();
        assertEquals("duckdb", db);
        try (EventListing listing = EventListing.open(SeedServer.dbPath().toString())) {
            assertTrue(listing.snapshotCurrent(), "a DuckDB store is listed from memory");
            List<ListedEvent> all = listing.fromDatabase(EventQuery.all()).items();
            ListedEvent mid = all.get(all.size() / 2);
            List<EventQuery> queries = new ArrayList<>(List.of(EventQuery.all(), EventQuery.all().withLimit(2),
                    EventQuery.all().withDates(mid.eventDate(), null), EventQuery.all().withDates(null, mid.eventDate()),
                    EventQuery.all().withDates(mid.eventDate(), mid.eventDate().plusDays(30)),
                    EventQuery.all().withBbox(new BoundingBox(35.5, 32.0, 38.0, 37.0)),
                    EventQuery.all().withEventType(EventType.BATTLES), EventQuery.all().withMinPrecision(1),
                    EventQuery.all().withIndependentOnly(true), EventQuery.all().withDates(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 2, 1))));
            for (ListedEvent e : all) {
                if (e.actor1() != null) queries.add(EventQuery.all().withActor(e.actor1()).withLimit(3));
                queries.add(EventQuery.all().withSource(e.sources().split("; ")[0]));
                if (queries.size() > 40) break;
            }
            for (EventQuery q : queries) {
                EventQuery a = q, b = q;
                for (int guard = 0; guard < 1000; guard++) {
                    Page<ListedEvent> fromMemory = listing.page(a);
                    Page<ListedEvent> fromDb = listing.fromDatabase(b);
                    assertEquals(fromDb.items(), fromMemory.items(), q.toString());
                    assertEquals(fromDb.nextCursor(), fromMemory.nextCursor(), q.toString());
                    if (fromDb.nextCursor() == null) break;
                    a = a.withCursor(fromMemory.nextCursor());
                    b = b.withCursor(fromDb.nextCursor());
                }
            }
            listing.markStale();
            assertFalse(listing.snapshotCurrent());
            assertEquals(listing.fromDatabase(EventQuery.all()).items(), listing.page(EventQuery.all()).items(), "a stale snapshot is not used");
            long until = System.currentTimeMillis() + 20_000;
            while (!listing.snapshotCurrent() && System.currentTimeMillis() < until) {
                listing.page(EventQuery.all());
                try { Thread.sleep(50); } catch (InterruptedException x) { Thread.currentThread().interrupt(); }
            }
            assertTrue(listing.snapshotCurrent(), "a fresh snapshot is read in the background");
        }
    }
}
