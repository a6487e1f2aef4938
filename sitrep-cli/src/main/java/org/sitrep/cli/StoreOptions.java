package org.sitrep.cli;

import org.sitrep.actors.SourceRegistry;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which event store: a DuckDB file (the default) or a PostgreSQL JDBC URL. */
final class StoreOptions {
    @Option(names = "--db", defaultValue = EventStore.DEFAULT_PATH,
            description = "DuckDB file, jdbc:duckdb:FILE or jdbc:postgresql://HOST/DB?user=U&password=P (default: ${DEFAULT-VALUE})")
    String db;

    /** Opens the store; outlets are aligned with the theatre pack's source registry when there is one. */
    EventStore open(Path packDir) {
        Path sources = packDir.resolve("sources.tsv");
        if (!Files.isRegularFile(sources)) return EventStore.open(db);
        SourceRegistry registry = SourceRegistry.load(sources);
        return EventStore.open(db, s -> registry.find(s).map(o -> o.alignment()));
    }
}
