package org.sitrep;

import org.sitrep.ingest.ReadError;
import org.sitrep.model.Document;

/**
 * A document that extraction gave up on, reported as the one line a reader's rejection is ({@link ReadError}): the
 * batch goes on without it. Either it ran over its {@link DocumentTimeLimit}, or a stage failed on it (a bug).
 */
public final class ExtractionFailure {
    private ExtractionFailure() {}

    public static ReadError of(Document doc, RuntimeException e) {
        String reason = e instanceof DocumentTimeLimit.Exceeded ? e.getMessage() + ", skipped" : "could not be coded: " + e;
        return new ReadError(doc.origin(), reason);
    }
}
