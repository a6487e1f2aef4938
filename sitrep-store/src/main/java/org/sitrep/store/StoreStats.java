package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;

/** Counts of fused events: by event type, by actor, by ISO week (keyed by its Monday), all sorted by key. */
public record StoreStats(long total, Map<String, Long> byType, Map<String, Long> byActor, Map<LocalDate, Long> byWeek) {}
