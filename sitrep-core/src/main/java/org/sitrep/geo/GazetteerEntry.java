package org.sitrep.geo;

import java.util.List;

/**
 * One place of the gazetteer.
 *
 * @param id             stable id: "geonames:165509", "ocha:SY0200", "pack:syria:kuwaires-airb"
 * @param name           the preferred name
 * @param alternateNames other spellings (Latin and Arabic script)
 * @param latitude       WGS84
 * @param longitude      WGS84
 * @param featureCode    GeoNames feature code (PPL, AIRB, ADM1...)
 * @param countryCode    ISO 3166 alpha-2, or "" when unknown
 * @param admin1         governorate (OCHA English name for Syria), or null
 * @param admin2         district (OCHA English name for Syria), or null
 * @param population     0 when unknown
 * @param source         where the coordinates come from
 */
public record GazetteerEntry(String id, String name, List<String> alternateNames, double latitude, double longitude,
                             String featureCode, String countryCode, String admin1, String admin2, long population,
                             String source) {
    public GazetteerEntry {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        featureCode = featureCode == null ? "" : featureCode;
        countryCode = countryCode == null ? "" : countryCode;
    }

    /** Administrative areas (ADM1..ADM5, and their seats' sections) stand for a region, not a point. */
    public boolean isAdminArea() { return featureCode.startsWith("ADM") && !featureCode.startsWith("ADMD"); }

    public boolean isPopulatedPlace() { return featureCode.startsWith("PPL"); }

    public GazetteerEntry withAdmin(String admin1, String admin2) {
        return new GazetteerEntry(id, name, alternateNames, latitude, longitude, featureCode, countryCode, admin1, admin2,
                population, source);
    }
}
