package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Page;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The load run's synthetic store (50,000 events here) is a valid store, and on it the in-memory listing answers the
 * load run's queries exactly as the database does, page after page.
 */
class ApiLoadBenchTest {
    @Test
    void syntheticStoreListsTheSameFromMemoryAndDatabase() throws Exception {
        Path db = Path.of("target/bench-test.duckdb").toAbsolutePath();
        ApiLoadBench.fill(db, 50_000);
        try (EventListing listing = EventListing.open(db.toString())) {
            assertTrue(listing.snapshotCurrent());
            Random rnd = new Random(3);
            int total = 0, multiPage = 0;
            for (int i = 0; i < 40; i++) {
                double w = 35.7 + rnd.nextDouble() * 6.5, s = 32.3 + rnd.nextDouble() * 4.6;
                LocalDate from = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(4300));
                EventQuery q = EventQuery.all().withBbox(new BoundingBox(w, s, w + 1, s + 1)).withDates(from, from.plusDays(400)).withLimit(37);
                if (i % 3 == 0) q = q.withActor("Actor " + rnd.nextInt(40));
                if (i % 4 == 0) q = q.withMinPrecision(1 + rnd.nextInt(3));
                int rows = 0, pages = 0;
                for (int guard = 0; guard < 1000; guard++) {
                    Page<ListedEvent> a = listing.page(q), b = listing.fromDatabase(q);
                    assertEquals(b.items(), a.items(), q.toString());
                    assertEquals(b.nextCursor(), a.nextCursor());
                    rows += a.items().size();
                    pages++;
                    if (a.nextCursor() == null) break;
                    q = q.withCursor(a.nextCursor());
                }
                total += rows;
                if (pages > 1) multiPage++;
            }
            assertTrue(total > 1000, "the queries match events: " + total);
            assertTrue(multiPage > 10, "and run over several pages: " + multiPage);
        }
    }
}
