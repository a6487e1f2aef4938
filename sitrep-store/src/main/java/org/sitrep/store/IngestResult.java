package org.sitrep.store;

/**
 * What one ingest did.
 *
 * @param added        false when the document's content was already stored (nothing changed)
 * @param reports      events stored for the document
 * @param refused      fused events created or rebuilt around the document's places and dates
 * @param contentHash  the document's content hash
 */
public record IngestResult(boolean added, int reports, int refused, String contentHash) {}
