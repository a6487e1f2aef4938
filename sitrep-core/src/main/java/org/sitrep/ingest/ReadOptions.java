package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * How a corpus is read.
 *
 * @param defaultPublished  the published date given to documents whose input states none (`--published`); may be null
 * @param maxDocumentBytes  a larger document (file or WARC payload in bytes, JSONL text in characters) is rejected
 *                          without being read whole
 * @param maxLineBytes      a longer JSON Lines line is skipped without being held in memory
 */
public record ReadOptions(LocalDate defaultPublished, long maxDocumentBytes, int maxLineBytes) {
    /** 5 MB of article is already far beyond any news report; the limit only stops hostile or broken input. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    /** A JSONL line holds one document plus its metadata and JSON escapes. */
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

    public ReadOptions {
        if (maxDocumentBytes <= 0) throw new IllegalArgumentException("maxDocumentBytes must be positive");
        if (maxLineBytes <= 0) throw new IllegalArgumentException("maxLineBytes must be positive");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_LINE_BYTES);
    }

    public ReadOptions withDefaultPublished(LocalDate date) {
        return new ReadOptions(date, maxDocumentBytes, maxLineBytes);
    }

    public ReadOptions withMaxDocumentBytes(long bytes) {
        return new ReadOptions(defaultPublished, bytes, maxLineBytes);
    }

    public ReadOptions withMaxLineBytes(int bytes) {
        return new ReadOptions(defaultPublished, maxDocumentBytes, bytes);
    }
}
