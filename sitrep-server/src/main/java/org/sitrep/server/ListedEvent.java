package org.sitrep.server;

import java.time.LocalDate;

/** One fused event as the map and the listing show it: the chosen fields, not the reports behind them. */
public record ListedEvent(String fusedId, LocalDate eventDate, String eventType, String subEventType, String actor1,
                          String actor2, String location, String admin1, String country, Double latitude, Double longitude,
                          int geoPrecision, Integer fatalities, String certainty, int outlets, int reports,
                          boolean independentlyConfirmed, String sources) {}
