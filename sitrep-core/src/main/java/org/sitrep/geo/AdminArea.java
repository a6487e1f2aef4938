package org.sitrep.geo;

import java.util.List;

/**
 * An OCHA administrative area, or the areas a point lies in.
 *
 * @param level     1 governorate, 2 district, 3 sub-district (nahiya)
 * @param pcode     OCHA p-code of this area (SY02, SY0200, SY020000)
 * @param name      OCHA English name of this area
 * @param nameAr    OCHA Arabic name
 * @param alternateNames OCHA's reference names and other spellings
 * @param admin1    governorate (OCHA English name)
 * @param admin2    district, or null for a governorate
 * @param admin3    sub-district, or null above level 3
 * @param latitude  representative point: the centroid, or an interior point when the centroid falls outside
 * @param longitude representative point
 */
public record AdminArea(int level, String pcode, String name, String nameAr, List<String> alternateNames,
                        String admin1, String admin2, String admin3, double latitude, double longitude) {
    public AdminArea {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    /** The GeoNames feature code of an area of this level. */
    public String featureCode() { return "ADM" + level; }
}
