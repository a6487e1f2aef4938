package org.sitrep.store;

import org.sitrep.model.Document;
import org.sitrep.model.Event;

import java.util.List;
import java.util.Map;

/**
 * The child process of the crash test: ingests the synthetic batch into a store and says how far it got, one line per
 * step ("opened"; for each document "ingesting N" before its transaction and "committed N", or "skipped N" when it was
 * already stored, after it; "done"), so the parent knows where its SIGKILL landed.
 */
public final class IngestBatchMain {
    public static void main(String[] args) {
        run(args[0], Integer.parseInt(args[1]), System.out);
        System.out.println("done");
    }

    static void run(String target, int n, java.io.PrintStream progress) {
        List<Map.Entry<Document, List<Event>>> batch = SyntheticBatch.batch(n);
        try (EventStore store = EventStore.open(target)) {
            say(progress, "opened");
            int i = 0;
            for (Map.Entry<Document, List<Event>> en : batch) {
                i++;
                say(progress, "ingesting " + i);
                boolean added = store.ingest(en.getKey(), en.getValue()).added();
                say(progress, (added ? "committed " : "skipped ") + i);
            }
        }
    }

    private static void say(java.io.PrintStream progress, String line) {
        if (progress == null) return;
        progress.println(line);
        progress.flush();
    }
}
