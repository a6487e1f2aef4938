-- sitrep store, schema version 1: documents by content hash, reports (one coded event each), fused events
-- and the report -> fused event links. Portable between DuckDB and PostgreSQL.
CREATE TABLE documents (
  content_hash VARCHAR PRIMARY KEY,
  doc_id VARCHAR NOT NULL,
  source VARCHAR,
  url VARCHAR,
  published DATE,
  title VARCHAR,
  origin VARCHAR,
  report_count INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE reports (
  event_id VARCHAR PRIMARY KEY,
  content_hash VARCHAR NOT NULL,
  doc_id VARCHAR,
  event_date DATE NOT NULL,
  date_from DATE NOT NULL,
  date_to DATE NOT NULL,
  time_precision INTEGER NOT NULL,
  event_type VARCHAR NOT NULL,
  sub_event_type VARCHAR NOT NULL,
  actor1 VARCHAR,
  actor2 VARCHAR,
  actors VARCHAR NOT NULL,
  location VARCHAR,
  location_mention VARCHAR,
  name_key VARCHAR,
  gazetteer_id VARCHAR,
  admin1 VARCHAR,
  country VARCHAR,
  latitude FLOAT8,
  longitude FLOAT8,
  geo_precision INTEGER NOT NULL,
  fatalities INTEGER,
  certainty VARCHAR NOT NULL,
  source VARCHAR,
  sources VARCHAR NOT NULL,
  search_text VARCHAR NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX reports_dates ON reports (date_from, date_to);
CREATE INDEX reports_name ON reports (name_key);
CREATE INDEX reports_gazetteer ON reports (gazetteer_id);
CREATE INDEX reports_order ON reports (event_date, event_id);
CREATE TABLE fused (
  fused_id VARCHAR PRIMARY KEY,
  event_date DATE NOT NULL,
  date_from DATE NOT NULL,
  date_to DATE NOT NULL,
  time_precision INTEGER NOT NULL,
  event_type VARCHAR NOT NULL,
  sub_event_type VARCHAR NOT NULL,
  actor1 VARCHAR,
  actor2 VARCHAR,
  actors VARCHAR NOT NULL,
  location VARCHAR,
  admin1 VARCHAR,
  country VARCHAR,
  latitude FLOAT8,
  longitude FLOAT8,
  geo_precision INTEGER NOT NULL,
  fatalities INTEGER,
  certainty VARCHAR NOT NULL,
  outlets INTEGER NOT NULL,
  report_count INTEGER NOT NULL,
  across_camps BOOLEAN NOT NULL,
  independently_confirmed BOOLEAN NOT NULL,
  sources VARCHAR NOT NULL,
  search_text VARCHAR NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX fused_order ON fused (event_date, fused_id);
CREATE TABLE fused_reports (
  event_id VARCHAR NOT NULL,
  fused_id VARCHAR NOT NULL
);
CREATE INDEX fused_reports_event ON fused_reports (event_id);
CREATE INDEX fused_reports_fused ON fused_reports (fused_id);
