/**
 * Fusion: reports of one happening from several documents become one {@link org.sitrep.fuse.FusedEvent}, and
 * territory events become a control timeline. Pure Java over {@link org.sitrep.model.Event}; no database.
 *
 * <p>Reads: coded events (reports). Adds: fused events with every source, the value of each field most reports
 * give, the fields reports disagree on (with whose claim each value is), and corroboration across outlets of
 * opposing alignment (through {@link org.sitrep.fuse.OutletAlignment}, which a source registry implements).
 *
 * <p>Rules, in {@link org.sitrep.fuse.SameHappening}: same type family, the same place (gazetteer id, folded
 * name, or within 5 km when both are located to a town or near it), date ranges that overlap once widened by a
 * day, actors that do not contradict, different documents. Linked reports form components; each component is
 * split into groups whose reports all fit together (dates and actors), so chains do not merge a week of daily
 * shelling. Everything is decided on reports in a canonical order and ids are hashes of member ids: the output
 * does not depend on input order, and {@link org.sitrep.fuse.Fusion#touched} lets a store re-fuse only the
 * components an ingest touches with exactly the result of a full run.
 */
package org.sitrep.fuse;
