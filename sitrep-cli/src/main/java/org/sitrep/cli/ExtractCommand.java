package org.sitrep.cli;

import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadError;
import org.sitrep.bench.ParallelExtractor;
import org.sitrep.model.Document;
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

    @Option(names = "--threads", defaultValue = "1", description = "documents extracted in parallel (default: ${DEFAULT-VALUE}); output order stays the input order")
    int threads;

    /** Documents handed to the threads at once: enough to keep them busy, few enough to bound memory. */
    private static final int BATCH = 256;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    DocumentSizeLimitOption sizeLimit;

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
            ParallelExtractor parallel = new ParallelExtractor(pipeline, Math.max(1, threads), timeLimit.limit);
            List<Document> batch = new ArrayList<>();
            Runnable flush = () -> {
                List<List<Event>> found = parallel.extract(batch, (doc, e) -> {
                    counts[1]++;
                    System.err.println("sitrep: " + ExtractionFailure.of(doc, e));
                });
                for (List<Event> f : found) {
                    events.addAll(f);
                    counts[2] += f.size();
                }
                batch.clear();
            };
            CorpusReader reader = new CorpusReader(sizeLimit.readOptions(published));
            reader.read(inputs, doc -> {
                counts[0]++;
                batch.add(doc);
                if (batch.size() >= BATCH) flush.run();
            }, (ReadError err) -> {
                counts[1]++;
                System.err.println("sitrep: " + err.origin() + ": " + err.reason());
            });
            flush.run();
        }
        try (EventExporter out = EventWriters.open(fmt, output, System.out)) {
            EventWriters.write(out, events);
        }
        System.err.printf("sitrep extract: %d documents, %d events, %d errors%n", counts[0], counts[2], counts[1]);
        return counts[0] == 0 ? 1 : 0;
    }
}
