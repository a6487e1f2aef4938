package org.sitrep.store;

/** How much the store holds. */
public record StoreCounts(long documents, long reports, long fusedEvents) {}
