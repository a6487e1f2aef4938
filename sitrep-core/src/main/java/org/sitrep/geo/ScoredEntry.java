package org.sitrep.geo;

/**
 * A gazetteer entry that may be what a name means.
 *
 * @param entry  the place
 * @param score  how well the name matches, 0..1 (1: same key)
 * @param reason why it is a candidate: "exact", "fuzzy (1 edit: kuwairis)", "sounds like (KRS)"
 */
public record ScoredEntry(GazetteerEntry entry, double score, String reason) {}
