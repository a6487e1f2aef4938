package org.sitrep.ingest;

import java.util.Objects;

/**
 * One problem met while reading a corpus, as one line a person can act on.
 * Most reject one document (the rest of the batch goes on); a few are notes on a document that was
 * still read (a skipped file, an absurd date that was dropped): their reason says so.
 *
 * @param origin the file, file:line or WARC record the problem is in
 * @param reason what is wrong, in a few words
 */
public record ReadError(String origin, String reason) {
    /** Ends the reason of a note on a document that was still read. */
    static final String KEPT = "document kept";
    /** Starts the reason of a file that was not read because it is not a corpus file. */
    static final String SKIPPED = "skipped: ";

    /** Starts the reason of a failure that is a bug in sitrep, not in the input; tests assert there are none. */
    static final String INTERNAL = "internal error: ";

    static ReadError internal(String origin, Throwable e) {
        return new ReadError(origin, INTERNAL + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** True when a document was lost to this problem; false for notes (dropped field, skipped non-corpus file). */
    public boolean rejectsDocument() {
        return !reason.endsWith(KEPT) && !reason.startsWith(SKIPPED);
    }

    public ReadError {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        // one line, whatever the input smuggled into the message
        origin = origin.replaceAll("[\\r\\n\\t]+", " ");
        reason = reason.replaceAll("[\\r\\n\\t]+", " ");
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
