/**
 * The event store: documents (by content hash), their reports, fused events and the report-to-fused-event
 * links, in DuckDB (one file, the default ./sitrep.duckdb) or PostgreSQL, behind {@link org.sitrep.store.EventStore}.
 *
 * <p>One transaction per document: the document, its reports, and the fused events rebuilt around its places
 * and dates commit together, so a crash (kill -9) leaves each document wholly in or out and a re-run completes
 * the batch. Queries page with an opaque cursor over (event_date, id). Schema changes are versioned scripts
 * (org/sitrep/store/schema/V*.sql) recorded in schema_version. All SQL is parameterised; the one literal is
 * the Parquet export's target path, quoted, because DuckDB's COPY takes no parameter there.
 *
 * <p>DuckDB 1.5.6 loses secondary-index entries for rows replayed from its WAL after a crash (found by the crash
 * test), so on DuckDB only primary keys are indexed; PostgreSQL gets the scripts' indexes.
 */
package org.sitrep.store;
