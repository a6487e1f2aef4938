package org.sitrep.store;

import org.sitrep.model.Document;
import org.sitrep.model.Event;

import java.util.List;
import java.util.Map;

/**
 * The child process of the crash test: ingests the synthetic batch into a store and prints "committed N" after
 * each document's transaction, so the parent can kill it at a known point mid-batch.
 */
public final class IngestBatchMain {
    public static void main(String[] args) {
        run(args[0], Integer.parseInt(args[1]), System.out);
        System.out.println("done");
    }

    static void run(String target, int n, java.io.PrintStream progress) {
        List<Map.Entry<Document, List<Event>>> batch = SyntheticBatch.batch(n);
        try (EventStore store = EventStore.open(target)) {
            int i = 0;
            for (Map.Entry<Document, List<Event>> en : batch) {
                store.ingest(en.getKey(), en.getValue());
                i++;
                if (progress != null) { progress.println("committed " + i); progress.flush(); }
            }
        }
    }
}
