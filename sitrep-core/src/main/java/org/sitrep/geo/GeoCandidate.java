package org.sitrep.geo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reading of a place name, scored in context.
 *
 * @param name         the gazetteer's name
 * @param latitude     WGS84
 * @param longitude    WGS84
 * @param admin1       governorate (OCHA name) or null
 * @param admin2       district (OCHA name) or null
 * @param country      country name ("Syria")
 * @param feature      GeoNames feature code
 * @param geoPrecision 1 the place itself, 2 part of a region / an area, 3 a province
 * @param gazetteerId  the entry's id
 * @param score        higher is better; comparable within one query
 * @param why          the match and the context that moved the score
 */
@JsonPropertyOrder({"name", "latitude", "longitude", "admin1", "admin2", "country", "feature", "geo_precision",
        "gazetteer_id", "score", "why"})
public record GeoCandidate(String name, double latitude, double longitude, String admin1, String admin2, String country,
                           String feature, @JsonProperty("geo_precision") int geoPrecision,
                           @JsonProperty("gazetteer_id") String gazetteerId, double score, String why) {}
