package org.sitrep.store;

/** A place found in stored reports, with how many reports name it; coordinates may be null. */
public record PlaceHit(String name, String admin1, String country, String gazetteerId, Double latitude, Double longitude,
                       long reports) {}
