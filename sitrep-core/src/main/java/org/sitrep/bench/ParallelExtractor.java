package org.sitrep.bench;

import org.sitrep.DocumentTimeLimit;
import org.sitrep.Pipeline;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Documents in parallel through one shared {@link Pipeline}; results come back in input order whatever order the
 * threads finish in, so the output is the same for any thread count. Each document runs under the time limit on the
 * thread that extracts it. A document that fails or runs over its time gets an empty list and one call to
 * {@code onError}; the rest of the batch goes on.
 */
public final class ParallelExtractor {
    private final Pipeline pipeline;
    private final int threads;
    private final DocumentTimeLimit limit;

    public ParallelExtractor(Pipeline pipeline, int threads, DocumentTimeLimit limit) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.pipeline = pipeline;
        this.threads = threads;
        this.limit = limit;
    }

    /** The events of each document, index for index with {@code docs}. */
    public List<List<Event>> extract(List<Document> docs, BiConsumer<Document, RuntimeException> onError) {
        List<List<Event>> out = new ArrayList<>(docs.size());
        if (threads == 1) {
            for (Document d : docs) out.add(one(d, onError));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Event>>> pending = new ArrayList<>(docs.size());
            for (Document d : docs) pending.add(pool.submit(() -> one(d, onError)));
            for (Future<List<Event>> f : pending) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Event> one(Document d, BiConsumer<Document, RuntimeException> onError) {
        try {
            return limit.run(() -> pipeline.extract(d));
        } catch (RuntimeException e) {
            synchronized (onError) { onError.accept(d, e); }
            return List.of();
        }
    }
}
