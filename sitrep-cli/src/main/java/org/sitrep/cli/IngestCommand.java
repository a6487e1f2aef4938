package org.sitrep.cli;

import org.sitrep.DocumentTimeLimit;
import org.sitrep.ExtractionFailure;
import org.sitrep.Pipeline;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.store.ContentHash;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestResult;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * `sitrep ingest`: articles into the store, one transaction per document; an article already there (same content)
 * is skipped, so a killed run is completed by running it again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts events from articles and stores documents, events and evidence; fuses reports of the same event.",
                "Re-running on the same input changes nothing; a run killed midway is completed by running it again."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or - (stdin)")
    List<String> inputs;

    @Option(names = "--published", description = "published date (YYYY-MM-DD) for documents that state none")
    LocalDate published;

    @Mixin
    StoreOptions store;

    @Mixin
    DocumentTimeLimitOption timeLimit;

    @Mixin
    DocumentSizeLimitOption sizeLimit;

    @Mixin
    TheatreOptions theatre;

    @Override
    public Integer call() throws IOException {
        Pipeline.Theatre t = theatre.theatre();
        Progress progress = new Progress("ingest");
        try (Pipeline pipeline = Pipeline.open(t); EventStore events = store.open(t.packDir())) {
            new CorpusReader(sizeLimit.readOptions(published)).read(inputs, doc -> {
                try {
                    ingest(pipeline, timeLimit.limit, events, doc, progress);
                } catch (RuntimeException e) {
                    progress.error(doc.origin() + ": " + (e instanceof StoreException ? e.getMessage() : e.toString()));
                }
            }, err -> progress.error(err.toString()));
        }
        progress.finish();
        return progress.documents() == 0 && progress.errors() > 0 ? 1 : 0;
    }

    private static void ingest(Pipeline pipeline, DocumentTimeLimit limit, EventStore events, Document doc, Progress progress) {
        if (events.hasDocument(ContentHash.of(doc))) {
            progress.skipped();
            return;
        }
        List<Event> found;
        try {
            found = limit.run(() -> pipeline.extract(doc));
        } catch (RuntimeException e) {
            progress.error(ExtractionFailure.of(doc, e).toString());
            return;
        }
        IngestResult r = events.ingest(doc, found);
        progress.document(r.reports());
    }
}
