/**
 * Exporters, each usable on a stream of reports (the extractor's output) and on the store (fused events by
 * default, or one row per report): ACLED CSV (ACLED's 31 columns in ACLED's order, then sitrep's own), GeoJSON
 * (one Point per event with coordinates; events without coordinates are left out and counted in the
 * collection's "omitted_without_coordinates"), JSON Lines (the EVENTS.md record; fused events with their
 * reports inside) and Parquet (written by DuckDB's built-in COPY, no extension download).
 */
package org.sitrep.store.export;
