package org.sitrep.store.export;

import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Exports what the store holds: fused events by default, or one row per report. */
public final class StoreExport {
    private StoreExport() {}

    /** Writes every event matching the query (its limit is only the page size) and returns how many were written. */
    public static int export(EventStore store, EventQuery q, boolean reports, EventExporter out) throws IOException {
        try {
            if (reports) store.forEachReport(q, e -> { try { out.write(e); } catch (IOException x) { throw new UncheckedIOException(x); } });
            else store.forEachFused(q, f -> { try { out.write(f); } catch (IOException x) { throw new UncheckedIOException(x); } });
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        return out.written();
    }
}
