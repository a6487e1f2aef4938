package org.sitrep.model;

/**
 * A place resolved for an event.
 *
 * @param name         the gazetteer's name (or the mention when the gazetteer has none)
 * @param mention      the place as the text wrote it
 * @param latitude     WGS84, or null when nothing honest can be said
 * @param longitude    WGS84, or null
 * @param admin1       governorate / province (OCHA names for Syria), or null
 * @param admin2       district, or null
 * @param country      country name, or null
 * @param geoPrecision 1 the place itself, 2 near a place / part of a region, 3 only the region
 * @param gazetteerId  id of the gazetteer entry the coordinates came from (the anchor for relative places)
 */
public record Place(String name, String mention, Double latitude, Double longitude, String admin1, String admin2,
                    String country, int geoPrecision, String gazetteerId) {
    public boolean hasCoordinates() { return latitude != null && longitude != null; }

    /**
     * The gazetteer id when the entry is this place itself; null when the entry is only the anchor the place was put
     * by (a village put beside Saraqib keeps Saraqib's id but is not Saraqib). An estimate bears the mention as its
     * name, an entry the gazetteer's name.
     */
    public String ownGazetteerId() {
        return gazetteerId != null && !(geoPrecision > 1 && name != null && name.equals(mention)) ? gazetteerId : null;
    }

    public static Place unknown(String mention, String admin1, String country) {
        return new Place(mention, mention, null, null, admin1, null, country, 3, null);
    }
}
