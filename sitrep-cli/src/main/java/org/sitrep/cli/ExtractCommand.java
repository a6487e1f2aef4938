package org.sitrep.cli;

import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadError;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Event;
import org.sitrep.store.export.EventExporter;
import org.sitrep.store.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `sitrep extract`: articles in, coded events out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads articles (.txt, .html, .jsonl, .warc[.gz], folders, - for stdin) and writes every conflict event they report.",
                "A bad document gets one line on stderr naming it and the reason; the rest of the batch goes on.",
                "Exit code 1 only if no document could be read."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or - (stdin)")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, description = "output file (default: stdout)")
    Path output;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (EVENTS.md records), acled-csv, geojson or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--published", description = "published date (YYYY-MM-DD) for documents that state none")
    LocalDate published;

    @Option(names = "--thorough", description = "parse every sentence, not only those with a trigger word (slow)")
    boolean thorough;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt;
        try {
            fmt = ExportFormat.fromName(format);
            if (fmt == ExportFormat.PARQUET && output == null) throw new IllegalArgumentException("parquet needs -o FILE");
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep extract: " + e.getMessage());
            return 2;
        }
        Pipeline.Theatre t = theatre.theatre();
        List<Event> events = new ArrayList<>();
        int[] counts = new int[3]; // read, failed, events
        try (Pipeline pipeline = thorough ? Pipeline.openThorough(t) : Pipeline.open(t)) {
            CorpusReader reader = new CorpusReader(ReadOptions.defaults().withDefaultPublished(published));
            reader.read(inputs, doc -> {
                counts[0]++;
                try {
                    List<Event> found = pipeline.extract(doc);
                    events.addAll(found);
                    counts[2] += found.size();
                } catch (RuntimeException e) {
                    counts[1]++;
                    System.err.println("sitrep: " + doc.origin() + ": could not be coded: " + e);
                }
            }, (ReadError err) -> {
                counts[1]++;
                System.err.println("sitrep: " + err.origin() + ": " + err.reason());
            });
        }
        try (EventExporter out = EventWriters.open(fmt, output, System.out)) {
            EventWriters.write(out, events);
        }
        System.err.printf("sitrep extract: %d documents, %d events, %d errors%n", counts[0], counts[2], counts[1]);
        return counts[0] == 0 ? 1 : 0;
    }
}
