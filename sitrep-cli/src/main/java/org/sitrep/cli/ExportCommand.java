package org.sitrep.cli;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.export.EventExporter;
import org.sitrep.store.export.ExportFormat;
import org.sitrep.store.export.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** `sitrep export`: events from the store to a file, fused events by default. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored events as ACLED CSV, GeoJSON, JSON Lines or Parquet: fused events, or one row per report with --reports.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "acled-csv, geojson, jsonl or parquet")
    String format;

    @Option(names = {"-o", "--output"}, description = "output file (required for parquet; default: stdout)")
    Path output;

    @Option(names = "--reports", description = "one row per report instead of fused events")
    boolean reports;

    @Option(names = "--from", description = "first day (YYYY-MM-DD)") LocalDate from;
    @Option(names = "--to", description = "last day (YYYY-MM-DD)") LocalDate to;
    @Option(names = "--bbox", description = "west,south,east,north in degrees") String bbox;
    @Option(names = "--actor", description = "actor1 or actor2 (canonical name)") String actor;
    @Option(names = "--type", description = "ACLED event type, e.g. Battles") String type;
    @Option(names = "--sub-type", description = "ACLED sub-event type, e.g. \"Air/drone strike\"") String subType;

    @Mixin
    StoreOptions store;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws Exception {
        EventQuery q;
        ExportFormat fmt;
        try {
            fmt = ExportFormat.fromName(format);
            q = EventQuery.all().withDates(from, to).withActor(actor).withLimit(EventQuery.MAX_LIMIT)
                    .withBbox(bbox == null ? null : BoundingBox.parse(bbox))
                    .withEventType(type == null ? null : EventType.fromLabel(type))
                    .withSubEventType(subType == null ? null : SubEventType.fromLabel(subType));
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep export: " + e.getMessage());
            return 2;
        }
        try (EventStore s = store.open(theatre.theatre().packDir()); EventExporter out = EventWriters.open(fmt, output, System.out)) {
            int n = StoreExport.export(s, q, reports, out);
            System.err.printf("sitrep export: %d %s written%s%n", n, reports ? "reports" : "fused events",
                    out.omitted() > 0 ? ", " + out.omitted() + " without coordinates left out" : "");
        }
        return 0;
    }
}
